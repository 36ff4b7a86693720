using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;

namespace RhaiSharp.Tests.Hosting;

/// <summary>
/// CreateFunc compiles a rule-shaped function (one expression over its parameters) straight to a delegate over the
/// host's types. It must give exactly what the general path (CallFn) gives, errors included.
/// </summary>
public class DirectFunctionTests
{
    private const string Rule = """fn rule(x, y, name) { x > 10 && y < 5 || name == "gold" }""";

    private static bool IsDirect<TDelegate>(Ast ast, string name, int arity)
        where TDelegate : Delegate =>
        CompiledScript.For(ast).FindFunction(name, arity)!.Direct<TDelegate>() is not null;

    [Test]
    public void A_comparison_rule_compiles_directly()
    {
        var ast = new Engine().Compile(Rule);

        IsDirect<Func<long, long, string, bool>>(ast, "rule", 3).Should().BeTrue();
    }

    [TestCase("fn f(x) { x.to_string() }", TestName = "A method call")]
    [TestCase("fn f(x) { let y = x; y }", TestName = "A local variable")]
    [TestCase("fn f(x) { if x > 1 { x } else { 0 } }", TestName = "An if expression")]
    [TestCase("fn f(x) { x ?? 2 }", TestName = "An operator left to the general path")]
    public void Other_bodies_take_the_general_path(string script)
    {
        var engine = new Engine();
        var ast = engine.Compile(script);

        IsDirect<Func<long, object>>(ast, "f", 1).Should().BeFalse();
        engine.CreateFunc<long, object>(ast, "f")(3).Should().Be(engine.CallFn<object>(ast, "f", 3L));
    }

    [Test]
    public void A_result_type_other_than_the_expression_type_takes_the_general_path_and_its_error()
    {
        var engine = new Engine();
        var ast = engine.Compile("fn f(x) { x + 1 }");

        IsDirect<Func<long, string>>(ast, "f", 1).Should().BeFalse();
        var act = () => engine.CreateFunc<long, string>(ast, "f")(1);

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.MismatchOutputType);
    }

    [Test]
    public void The_direct_rule_agrees_with_CallFn_on_every_input([Values(5L, 10L, 15L)] long x, [Values(3L, 5L, 7L)] long y,
        [Values("gold", "silver", null)] string? name)
    {
        var engine = new Engine();
        var ast = engine.Compile(Rule);
        var rule = engine.CreateFunc<long, long, string?, bool>(ast, "rule");

        rule(x, y, name).Should().Be(engine.CallFn<bool>(ast, "rule", x, y, name));
    }

    [TestCase("fn f(a, b) { a * 2 - b / 3 + a % 5 }", 100.0, 7.0)]
    [TestCase("fn f(a, b) { -a + b * 1.5 }", 4.0, 2.0)]
    [TestCase("fn f(a, b) { a / b }", 1.0, 0.0)]
    [TestCase("fn f(a, b) { a <= b || !(a != b) }", 2.0, 2.0)]
    public void Float_arithmetic_agrees_with_CallFn(string script, double a, double b)
    {
        var engine = new Engine();
        var ast = engine.Compile(script);

        engine.CreateFunc<double, double, object>(ast, "f")(a, b).Should().Be(engine.CallFn<object>(ast, "f", a, b));
    }

    [Test]
    public void Int_and_float_mix_as_in_the_script()
    {
        var engine = new Engine();
        var ast = engine.Compile("fn f(n, rate) { n * rate > 10.5 }");

        IsDirect<Func<long, double, bool>>(ast, "f", 2).Should().BeTrue();
        engine.CreateFunc<long, double, bool>(ast, "f")(7, 1.5).Should().BeFalse();
        engine.CreateFunc<long, double, bool>(ast, "f")(8, 1.5).Should().BeTrue();
    }

    [TestCase("fn f(a, b) { a + b }", long.MaxValue, 1L, RuntimeErrorKind.Arithmetic)]
    [TestCase("fn f(a, b) { a / b }", 1L, 0L, RuntimeErrorKind.Arithmetic)]
    [TestCase("fn f(a, b) { a % b }", 1L, 0L, RuntimeErrorKind.Arithmetic)]
    [TestCase("fn f(a, b) { -a * b }", long.MinValue, 1L, RuntimeErrorKind.Arithmetic)]
    public void Int_errors_are_the_same_errors_at_the_same_position(string script, long a, long b, RuntimeErrorKind kind)
    {
        var engine = new Engine();
        var ast = engine.Compile(script);

        var direct = () => engine.CreateFunc<long, long, long>(ast, "f")(a, b);
        var general = () => engine.CallFn<long>(ast, "f", a, b);

        var directError = direct.Should().Throw<RuntimeException>().Which;
        var generalError = general.Should().Throw<RuntimeException>().Which;
        directError.Kind.Should().Be(kind).And.Be(generalError.Kind);
        directError.Position.Should().Be(generalError.Position);
        directError.Message.Should().Be(generalError.Message);
    }

    [Test]
    public void A_direct_rule_is_safe_to_call_from_many_threads()
    {
        var engine = new Engine();
        var rule = engine.CreateFunc<long, long, string, bool>(engine.Compile(Rule), "rule");
        var wrong = 0;

        Parallel.For(0, 100_000, i =>
        {
            var x = i % 20;
            var expected = (x > 10 && i % 7 < 5) || i % 3 == 0;
            if (rule(x, i % 7, i % 3 == 0 ? "gold" : "tin") != expected)
            {
                Interlocked.Increment(ref wrong);
            }
        });

        wrong.Should().Be(0);
    }
}
