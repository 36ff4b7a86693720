using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety.Isolated;

/// <summary>
/// A host function that calls back into a script which calls it again, without end, fails with a clear error at the
/// call instead of exhausting the stack (each nesting costs host, interpreter and exception-handling frames).
/// </summary>
[TestFixture]
public class ReentranceTests
{
    [Test]
    public void Unbounded_reentrance_is_a_stack_overflow_error_at_the_host_call()
    {
        var outcome = ChildProcess.Run("let x = 1;\ndeeper()", setup: "reentrant", deadline: TimeSpan.FromSeconds(30));
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "runtime" && o.Kind == nameof(RuntimeErrorKind.StackOverflow), outcome.ToString());
        outcome.Line.Should().Be(2, "the innermost call that could not start is reported where it was made");
        outcome.Message.Should().Contain("nested runs");
    }

    [Test]
    public void A_few_levels_of_reentrance_run()
    {
        var outcome = ChildProcess.Run("nest(\"nest(`nest(\\\"40 + 2\\\")`)\")", setup: "reentrant", deadline: TimeSpan.FromSeconds(30));
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "value" && o.Value == "42", outcome.ToString());
    }
}
