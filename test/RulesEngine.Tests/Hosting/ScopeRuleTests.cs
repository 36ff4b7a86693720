using FluentAssertions;
using NUnit.Framework;
using RulesEngine.Compilation;

namespace RulesEngine.Tests.Hosting;

/// <summary>
/// A script that is one rule-shaped expression over scope variables is compiled, after its first runs, for the types
/// its variables had. Every run must give what the general path gives: a fresh Ast's first run always takes it.
/// </summary>
public class ScopeRuleTests
{
    private const string Rule = """x > 10 && y < 5 || name == "gold" """;

    private static object? General(string script, Scope scope) => new Engine().Eval<object>(new Engine().Compile(script), scope);

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
        var ast = engine.Compile("a +\n b");
        Warm(engine, ast, new Scope().Push("a", 1L).Push("b", 2L));

        var act = () => engine.Eval<object>(ast, new Scope().Push("a", long.MaxValue).Push("b", 2L));
        var general = () => General("a +\n b", new Scope().Push("a", long.MaxValue).Push("b", 2L));

        var error = act.Should().Throw<RuntimeException>().Which;
        var expected = general.Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(expected.Kind);
        error.Position.Should().Be(expected.Position);
        error.Message.Should().Be(expected.Message);
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
