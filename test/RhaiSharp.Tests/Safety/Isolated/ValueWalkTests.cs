using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety.Isolated;

/// <summary>
/// Walks over values — equality, <c>contains</c>, <c>to_json</c>, <c>to_debug</c>, copies, host conversion — never
/// overflow the stack or run for exponential time, whatever a script or the host built. Each runs in a child process.
/// </summary>
[TestFixture]
public class ValueWalkTests
{
    // Each pointer curries the previous one: a chain a million pointers deep, built in linear time.
    private const string DeepCurry = "let f = Fn(\"x\"); for i in 0..1000000 { f = Fn(\"x\").curry(f); } ";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private static void FailsCleanlyOrSucceeds(ChildOutcome outcome)
    {
        (outcome.Outcome is "value" or "runtime").Should().BeTrue(outcome.ToString());
        if (outcome.Outcome == "runtime")
        {
            outcome.Line.Should().BeGreaterThan(0, "the error names where it happened: " + outcome);
        }
    }

    [TestCase("to_json(f)")]
    [TestCase("f == f")]
    [TestCase("f.to_debug()")]
    [TestCase("[f].contains(f)")]
    [TestCase("let g = f; g == f")]
    public void A_million_deep_curry_chain(string use) =>
        FailsCleanlyOrSucceeds(ChildProcess.Run(DeepCurry + use, deadline: Deadline));

    [TestCase("f == g")]
    [TestCase("f != g")]
    [TestCase("[g].contains(f)")]
    [TestCase("f in [1, g]")]
    public void A_dag_of_curried_pointers_is_not_walked_exponentially(string use)
    {
        // 60 levels, each currying the previous pointer twice: 2^60 paths through 60 distinct values; g is built the
        // same way but shares nothing with f, so comparing them cannot stop at a shared reference.
        var outcome = ChildProcess.Run(
            "let f = Fn(\"x\"); let g = Fn(\"x\"); for i in 0..60 { f = f.curry(f).curry(f); g = g.curry(g).curry(g); } " + use,
            deadline: Deadline);
        FailsCleanlyOrSucceeds(outcome);
    }

    [TestCase("cyclic-list")]
    [TestCase("cyclic-object-list")]
    [TestCase("cyclic-dictionary")]
    public void A_host_container_that_contains_itself_is_refused_when_pushed(string setup)
    {
        var outcome = ChildProcess.Run("x.len()", setup: setup, deadline: Deadline);
        outcome.Outcome.Should().Be("setup", outcome.ToString());
        outcome.Kind.Should().Be(nameof(RuntimeException));
        outcome.Message.Should().Contain("contains itself");
    }

    [Test]
    public void A_very_deep_host_list_is_refused_when_pushed_or_walked_cleanly()
    {
        var outcome = ChildProcess.Run("let y = x; y.len()", setup: "deep-list", deadline: Deadline);
        (outcome is { Outcome: "setup", Kind: nameof(RuntimeException) } || outcome.Outcome == "value").Should().BeTrue(outcome.ToString());
    }
}
