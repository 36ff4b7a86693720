using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety.Isolated;

/// <summary>
/// Limits stop every loop and every long native: the operation limit at Rhai's count, the timeout by elapsed time.
/// Each script runs in a child process with a deadline far beyond its limit, so a hang fails the test.
/// </summary>
[TestFixture]
public class HangTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private static IEnumerable<string> Loops()
    {
        yield return "for i in -100000000000..0 {}";
        yield return "for i in -100000000000..=0 {}";
        yield return "for i in -9223372036854775808..9223372036854775807 {}";
        yield return "let s = 0; for i in -100000000000..0 { s += 1; }";
        yield return "for i in range(-100000000000, 0) {}";
        yield return "let n = -100000000000; for i in n..0 {}";
        yield return "for i in -100000000000..0 { if i == 1 { break; } }";
    }

    [TestCaseSource(nameof(Loops))]
    public void A_huge_range_with_a_negative_start_stops_at_the_operation_limit(string loop)
    {
        var outcome = ChildProcess.Run(loop, new { MaxOperations = 100_000 }, deadline: Deadline);
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "runtime" && o.Kind == nameof(RuntimeErrorKind.TooManyOperations), outcome.ToString());
        outcome.Line.Should().Be(1);
    }

    [TestCaseSource(nameof(Loops))]
    public void A_huge_range_with_a_negative_start_stops_at_the_timeout(string loop)
    {
        var outcome = ChildProcess.Run(loop, new { Timeout = 300 }, deadline: Deadline);
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "runtime" && o.Kind == nameof(RuntimeErrorKind.Terminated), outcome.ToString());
    }
}
