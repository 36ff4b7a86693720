using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety.Isolated;

/// <summary>
/// A script at the statement limit compiles and runs within a bounded heap and time (a child process with a 1 GiB
/// heap and a deadline far above the few seconds it takes): no compiler step may grow faster than the script.
/// </summary>
[TestFixture]
public class CompileCostTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Test]
    public void A_function_of_200000_statements_compiles_and_runs_within_a_1_GiB_heap()
    {
        var script = "fn f(x) {\n" + string.Concat(Enumerable.Repeat("x += 1;\n", 199_990)) + "x }\nf(0)";
        var outcome = ChildProcess.Run(script, deadline: Deadline, heapLimitMiB: 1024);
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "value" && o.Value == "199990", outcome.ToString());
    }

    [Test]
    public void A_loop_body_of_200000_statements_compiles_and_runs_within_a_1_GiB_heap()
    {
        var script = "let x = 0; for i in 0..2 {\n" + string.Concat(Enumerable.Repeat("x += 1;\n", 199_990)) + "}\nx";
        var outcome = ChildProcess.Run(script, deadline: Deadline, heapLimitMiB: 1024);
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "value" && o.Value == "399980", outcome.ToString());
    }

    [Test]
    public void One_statement_over_the_limit_is_refused_before_any_compiling()
    {
        var script = string.Concat(Enumerable.Repeat("1;\n", 200_001));
        var outcome = ChildProcess.Run(script, deadline: Deadline);
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "parse" && o.Kind == nameof(ParseErrorKind.TooManyStatements) && o.Line == 200_001,
            outcome.ToString());
    }

    [TestCase("a.push([i])", TestName = "Pushing_50000_arrays_under_a_size_limit_is_not_quadratic")]
    [TestCase("a.push(#{x: i})", TestName = "Pushing_50000_maps_under_a_size_limit_is_not_quadratic")]
    [TestCase("a += [[i]]", TestName = "Appending_50000_times_under_a_size_limit_is_not_quadratic")]
    public void Growing_an_array_under_a_size_limit_costs_the_new_elements(string grow)
    {
        // Re-measuring the whole array on every push made 20,000 pushes of maps take 12 s; 50,000 would take minutes.
        var outcome = ChildProcess.Run($"let a = []; for i in 0..50000 {{ {grow}; }} a.len()",
            new { MaxArraySize = 1_000_000, MaxMapSize = 1_000_000 }, deadline: TimeSpan.FromSeconds(20));
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "value" && o.Value == "50000", outcome.ToString());
    }
}
