using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;

namespace RhaiSharp.Tests.Hosting;

/// <summary>
/// A script that is one rule-shaped expression over scope variables is interpreted on its first runs and then
/// compiled for the types its variables had. Every run must give what the general path gives; wrapping the same
/// expression in a block (<c>{ … }</c>) is not rule-shaped, so it always takes the general path.
/// </summary>
public class ScopeRuleTests
{
    private const string Rule = """x > 10 && y < 5 || name == "gold" """;

    private static object? General(string script, Scope scope) => new Engine().Eval<object>(new Engine().Compile("{" + script + "}"), scope);

    private static object? Cold(string script, Scope scope) => new Engine().Eval<object>(new Engine().Compile(script), scope);

    private static object? Warm(Engine engine, Ast ast, Scope scope)
    {
        for (var i = 0; i < 4; i++)
        {
            engine.Eval<object>(ast, scope);
        }

        return engine.Eval<object>(ast, scope);
    }

    [Test]
    public void A_single_comparison_expression_has_a_rule_form()
    {
        CompiledScript.For(new Engine().Compile(Rule)).Rule.Should().NotBeNull();
        CompiledScript.For(new Engine().Compile("let a = x; a > 1")).Rule.Should().BeNull();
        CompiledScript.For(new Engine().Compile("x.len() > 1")).Rule.Should().BeNull();
    }

    [Test]
    public void The_compiled_rule_agrees_with_the_general_path([Values(5L, 15L)] long x, [Values(3L, 7L)] long y,
        [Values("gold", "tin")] string name)
    {
        var engine = new Engine();
        var ast = engine.Compile(Rule);
        var scope = new Scope().Push("x", x).Push("y", y).Push("name", name);

        Warm(engine, ast, scope).Should().Be(General(Rule, scope));
        Cold(Rule, scope).Should().Be(General(Rule, scope));
    }

    [TestCase("a * 2 + b", 20L, 3L)]
    [TestCase("a / b - a % b", 17L, 5L)]
    [TestCase("-a * 1.5 > b", 2L, -4.0)]
    [TestCase("a * b", 4.5, 2L)]
    [TestCase("!(a == b) || a >= b", 1L, 1L)]
    public void Arithmetic_rules_agree_with_the_general_path(string script, object a, object b)
    {
        var engine = new Engine();
        var ast = engine.Compile(script);
        var scope = new Scope().Push("a", a).Push("b", b);

        Warm(engine, ast, scope).Should().Be(General(script, scope));
        Cold(script, scope).Should().Be(General(script, scope));
    }

    [TestCase("a && b > 1", false, "text", TestName = "A false left side skips the right side")]
    [TestCase("a || b > 1", true, "text", TestName = "A true left side skips the right side")]
    [TestCase("a && b > 1", true, "text", TestName = "A right side of another type falls back")]
    [TestCase("a == b", 1L, 1.0, TestName = "INT and FLOAT equality falls back")]
    [TestCase("a + b", "x", 1L, TestName = "String concatenation falls back")]
    public void Interpreted_runs_agree_with_the_general_path_or_fall_back(string script, object a, object b)
    {
        var scope = new Scope().Push("a", a).Push("b", b);
        object? expected = null;
        RuntimeException? expectedError = null;
        try
        {
            expected = General(script, scope);
        }
        catch (RuntimeException e)
        {
            expectedError = e;
        }

        var cold = () => Cold(script, scope);
        if (expectedError is null)
        {
            cold().Should().Be(expected);
        }
        else
        {
            cold.Should().Throw<RuntimeException>().Which.Message.Should().Be(expectedError.Message);
        }
    }

    private static object? Outcome(Func<object?> run)
    {
        try
        {
            return run();
        }
        catch (RuntimeException e)
        {
            return e.Kind + ": " + e.Message;
        }
    }

    private static Scope ScopeOf(params (string Name, object? Value)[] variables)
    {
        var scope = new Scope();
        foreach (var (name, value) in variables)
        {
            scope.Push(name, value);
        }

        return scope;
    }

    private static IEnumerable<TestCaseData> SkippedVariables()
    {
        // x > 10 && y < 5 || name == "gold": y is read only when x > 10, name only when that part is false.
        yield return new TestCaseData(Rule, ScopeOf(("x", 5L), ("name", "gold"))).SetName("A missing variable that is never needed is not looked up");
        yield return new TestCaseData(Rule, ScopeOf(("x", 5L), ("y", "text"), ("name", "tin"))).SetName("A variable of another type that is never needed is not checked");
        yield return new TestCaseData(Rule, ScopeOf(("x", 15L), ("y", 3L))).SetName("A decided rule does not look up the rest");
        yield return new TestCaseData(Rule, ScopeOf(("x", 15L), ("name", "gold"))).SetName("A missing variable that is needed is reported");
        yield return new TestCaseData(Rule, ScopeOf(("x", 15L), ("y", 7.5), ("name", "tin"))).SetName("A needed variable of another type takes the general path");
        yield return new TestCaseData("!(x > 10) || x < y && name != \"gold\"", ScopeOf(("x", 12L), ("y", 20L), ("name", "tin")))
            .SetName("Negation and a variable read twice decide as the general path does");
        yield return new TestCaseData("!(x > 10) || x < y && name != \"gold\"", ScopeOf(("x", 3L)))
            .SetName("A negated first comparison decides alone");
    }

    [TestCaseSource(nameof(SkippedVariables))]
    public void Compiled_logical_rules_look_up_variables_only_where_a_comparison_needs_them(string script, Scope scope)
    {
        var engine = new Engine();

        // The leading space puts errors in the same column as in the general path's "{…}".
        var ast = engine.Compile(" " + script);
        Warm(engine, ast, ScopeOf(("x", 15L), ("y", 3L), ("name", "gold")));

        Outcome(() => engine.Eval<object>(ast, scope)).Should().Be(Outcome(() => General(script, scope)));
    }

    [Test]
    public void A_variable_of_another_type_than_compiled_for_takes_the_general_path()
    {
        var engine = new Engine();
        var ast = engine.Compile("a + b");
        Warm(engine, ast, new Scope().Push("a", 1L).Push("b", 2L)).Should().Be(3L);

        engine.Eval<object>(ast, new Scope().Push("a", "x").Push("b", "y")).Should().Be("xy");
        engine.Eval<object>(ast, new Scope().Push("a", 1.5).Push("b", 2L)).Should().Be(3.5);
    }

    [Test]
    public void A_missing_variable_after_compilation_is_still_reported()
    {
        var engine = new Engine();
        var ast = engine.Compile("a + b");
        Warm(engine, ast, new Scope().Push("a", 1L).Push("b", 2L));

        var act = () => engine.Eval<object>(ast, new Scope().Push("a", 1L));

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.VariableNotFound);
    }

    [Test]
    public void Overflow_in_a_compiled_rule_is_the_same_error_at_the_same_position()
    {
        var engine = new Engine();
        // The leading space keeps the operator in the same column as in the general path's "{a +".
        const string script = " a +\n b";
        var overflowing = new Scope().Push("a", long.MaxValue).Push("b", 2L);
        var ast = engine.Compile(script);
        var cold = () => engine.Eval<object>(ast, overflowing);
        var coldError = cold.Should().Throw<RuntimeException>().Which;
        Warm(engine, ast, new Scope().Push("a", 1L).Push("b", 2L));

        var act = () => engine.Eval<object>(ast, overflowing);
        var general = () => new Engine().Eval<object>("{a +\n b}", overflowing);

        var error = act.Should().Throw<RuntimeException>().Which;
        var expected = general.Should().Throw<RuntimeException>().Which;
        foreach (var e in new[] { error, coldError })
        {
            e.Kind.Should().Be(expected.Kind);
            e.Position.Should().Be(expected.Position);
            e.Message.Should().Be(expected.Message);
        }
    }

    [Test]
    public void A_compiled_rule_is_safe_to_share_between_threads()
    {
        var engine = new Engine();
        var ast = engine.Compile(Rule);
        var wrong = 0;

        Parallel.For(0, 50_000, i =>
        {
            var x = (long)(i % 20);
            var y = (long)(i % 7);
            var name = i % 3 == 0 ? "gold" : "tin";
            var expected = (x > 10 && y < 5) || name == "gold";
            if (new Engine().Eval<bool>(ast, new Scope().Push("x", x).Push("y", y).Push("name", name)) != expected)
            {
                Interlocked.Increment(ref wrong);
            }
        });

        wrong.Should().Be(0);
    }
}
