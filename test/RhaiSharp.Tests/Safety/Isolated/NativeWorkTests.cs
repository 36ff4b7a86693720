using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety.Isolated;

/// <summary>
/// Native work no operation count sees (comparing, copying, printing, measuring big values) still obeys the timeout
/// and the operation counts stay Rhai's. Each operation below walks three million elements, so a timeout looked at
/// only every 1,024 operations (as before the work meter) came far past the child's deadline.
/// </summary>
[TestFixture]
public class NativeWorkTests
{
    // Ten times what a stopped run takes here (start-up, building the array, 300 ms); unmetered, comparing and copying
    // ran past it (measured), the native calls stopped only by the check after each call.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private const string Big = "let a = []; a.pad(3000000, 1); ";

    [TestCase("loop { let same = a == a; }", TestName = "Comparing_a_big_array_obeys_the_timeout")]
    [TestCase("loop { let b = a; }", TestName = "Copying_a_big_array_obeys_the_timeout")]
    [TestCase("loop { let t = a.to_debug(); }", TestName = "Printing_a_big_array_obeys_the_timeout")]
    [TestCase("loop { let j = to_json(#{a: a}); }", TestName = "Writing_a_big_array_as_json_obeys_the_timeout")]
    [TestCase("loop { let c = a.contains(2); }", TestName = "Searching_a_big_array_obeys_the_timeout")]
    public void A_loop_of_native_work_stops_at_the_timeout(string loop)
    {
        var outcome = ChildProcess.Run(Big + loop, new { Timeout = 300 }, deadline: Deadline, heapLimitMiB: 2048);
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "runtime" && o.Kind == nameof(RuntimeErrorKind.Terminated), outcome.ToString());
    }
}
