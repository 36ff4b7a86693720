using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Compilation;

/// <summary>
/// A typed INT function inlines its own recursive calls one level deep. Every inlined level must still be a call as far
/// as the script can tell: depth limit, operation count, call stack, <c>return</c> and variable scoping. Each test runs
/// the function with INT arguments (typed, inlined) and, where it can, with FLOAT arguments, which take the general body.
/// A function gets its typed entry once it is hot, so each script first calls it <see cref="WarmUp"/> times.
/// </summary>
public class SelfCallInliningTests
{
    private const string CountDown = "fn down(n) { if n <= 0 { 0 } else { down(n - 1) + 1 } }\n" + "for i in 0..20 { down(1) }\n";

    private static string WarmUp(string call) => $"for i in 0..20 {{ {call} }}\n";

    [Test]
    public void The_call_level_limit_stops_inlined_recursion_at_the_same_depth([Values(3, 4, 5, 8, 9, 10)] int levels)
    {
        var options = EngineOptions.Default with { MaxCallLevels = 8 };

        var typed = LimitRuns.Outcome(CountDown + $"down({levels})", options);
        var general = LimitRuns.Outcome(CountDown + $"down({levels}.0)", options);

        typed.Should().Be(general is RuntimeErrorKind ? general : (long)levels);
        (typed is RuntimeErrorKind.StackOverflow).Should().Be(levels >= 8);
    }

    [Test]
    public void Inlined_levels_count_one_operation_per_call_like_real_calls()
    {
        var typed = LimitRuns.LeastOperationLimit(CountDown + "down(20)");
        var general = LimitRuns.LeastOperationLimit(CountDown + "down(20.0)");

        typed.Should().Be(general).And.BeGreaterThan(20);
    }

    [Test]
    public void An_error_deep_in_inlined_recursion_lists_every_level_with_its_call_position()
    {
        var act = () => Engine.CreateRaw().Eval<long>("""
            fn down(n) {
                if n < 0 { 0 } else if n == 0 { 9223372036854775807 + n + 1 } else { 0 + down(n - 1) }
            }
            for i in 0..20 { down(-1) }
            down(5)
            """);

        var error = act.Should().Throw<RuntimeException>().Which;
        error.CallStack.Should().HaveCount(6);
        error.CallStack.Should().AllSatisfy(f => f.Function.Should().Be("down"));
        error.CallStack.Take(5).Should().AllSatisfy(f => f.Position.Line.Should().Be(2));
        error.CallStack[5].Position.Line.Should().Be(5);
    }

    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    public void A_return_inside_an_inlined_call_ends_only_that_call(int n)
    {
        // Typed and inlined levels alternate, so both parities put the `return` on an inlined level once.
        var result = Engine.CreateRaw().Eval<long>("fn f(n) { if n <= 0 { return 100; } f(n - 1) + 1 }" + WarmUp("f(1)") + $"f({n})");

        result.Should().Be(100 + n);
    }

    [Test]
    public void An_inlined_call_has_its_own_locals_and_parameters()
    {
        const string Script = "fn f(n, k) { let x = n * k; if n == 0 { x } else { f(n - 1, k + 1) + x } }";

        var typed = Engine.CreateRaw().Eval<long>(Script + WarmUp("f(1, 1)") + " f(6, 2)");
        var general = Engine.CreateRaw().Eval<double>(Script + " f(6.0, 2.0)");

        typed.Should().Be((long)general).And.Be(Enumerable.Range(0, 7).Sum(i => (6L - i) * (2 + i)));
    }

    [Test]
    public void Mutual_and_deep_recursion_give_the_same_results_as_the_general_body()
    {
        const string Script = """
            fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
            fn ack(m, n) { if m == 0 { n + 1 } else if n == 0 { ack(m - 1, 1) } else { ack(m - 1, ack(m, n - 1)) } }
            """;

        Engine.CreateRaw().Eval<long>(Script + WarmUp("ack(1, 1)") + "fib(20) + ack(2, 3)").Should().Be(6765 + 9);
        Engine.CreateRaw().Eval<double>(Script + "fib(20.0) + ack(2.0, 3.0)").Should().Be(6765 + 9);
    }

    [Test]
    public void The_variable_limit_counts_inlined_parameters_and_gives_them_back()
    {
        var options = EngineOptions.Default with { MaxVariables = 12 };
        const string Script = "fn f(n) { let a = n; if n <= 0 { a } else { f(n - 1) + a } }";

        // Each level holds a parameter and a local: five levels fit in twelve, seven do not, and the loop shows they
        // are given back after each call.
        LimitRuns.Outcome(Script + " let s = 0; for i in 0..50 { s += f(4) } s", options).Should().Be(500L);
        LimitRuns.Outcome(Script + WarmUp("f(1)") + " f(6)", options).Should().Be(RuntimeErrorKind.TooManyVariables);
        LimitRuns.Outcome(Script + " f(6.0)", options).Should().Be(RuntimeErrorKind.TooManyVariables);
    }
}
