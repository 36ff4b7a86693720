using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;
using RhaiSharp.ModuleResolvers;

namespace RhaiSharp.Tests.Compilation;

/// <summary>
/// Functions that return an INT for INT arguments get a typed entry (long in, long out). These tests pin down which
/// functions qualify, and that calls through the typed entry behave exactly like boxed calls.
/// </summary>
public class IntFunctionTests
{
    private static IReadOnlySet<(string Name, int Arity)> IntFunctionsOf(string script) =>
        CompiledScript.For(Engine.CreateRaw().Compile(script), CompilerChoice.System).IntFunctionSet;

    [Test]
    public void Recursive_fib_qualifies()
    {
        IntFunctionsOf("fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }")
            .Should().BeEquivalentTo([("fib", 1)]);
    }

    [Test]
    public void Functions_calling_each_other_qualify_together()
    {
        IntFunctionsOf("fn even(n) { if n == 0 { 1 } else { odd(n - 1) } } fn odd(n) { if n == 0 { 0 } else { even(n - 1) } }")
            .Should().BeEquivalentTo([("even", 1), ("odd", 1)]);
    }

    [TestCase("fn f(x) { if x > 0 { x } else { \"negative\" } }", TestName = "A branch returning a string")]
    [TestCase("fn f(x) { if x > 0 { x } }", TestName = "An if without else (unit on the other path)")]
    [TestCase("fn f(x) { x = \"a\"; 1 }", TestName = "A parameter assigned a string")]
    [TestCase("fn f(x) { if x > 0 { return 1.5; } x }", TestName = "A return of a float")]
    [TestCase("fn f(x) { let g = || x; 1 }", TestName = "A parameter captured by a closure")]
    [TestCase("fn f(x) { for i in 0..x { } }", TestName = "A body ending in a loop")]
    [TestCase("fn f(x) { x / 2.0 }", TestName = "Float arithmetic")]
    [TestCase("fn f(x) { g(x) } fn g(x) { x.to_string() }", TestName = "A call to a function that does not qualify")]
    public void Functions_that_may_return_something_else_do_not_qualify(string script)
    {
        IntFunctionsOf(script).Should().NotContain(("f", 1));
    }

    [Test]
    public void Fib_through_the_typed_entry_gives_the_right_values()
    {
        var engine = Engine.CreateRaw();
        var ast = engine.Compile("fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } } fib(25)");

        engine.Eval<long>(ast).Should().Be(75_025);
        engine.CallFn<long>(ast, "fib", 20L).Should().Be(6_765);
    }

    [Test]
    public void Early_returns_and_locals_in_a_typed_function()
    {
        var engine = Engine.CreateRaw();

        engine.Eval<long>("""
            fn gcd(a, b) { while b != 0 { let t = b; b = a % b; a = t; } return a; }
            fn clamp(x, lo, hi) { if x < lo { return lo; } if x > hi { return hi; } x }
            gcd(1071, 462) * 1000 + clamp(5000, 0, 100)
            """).Should().Be(21_100);
    }

    [Test]
    public void A_function_called_with_a_non_int_argument_takes_the_boxed_path()
    {
        var engine = Engine.CreateRaw();

        engine.Eval<string>("fn twice(x) { x + x } let a = twice(21); `${a} ${twice(\"ab\")}`").Should().Be("42 abab");
    }

    [Test]
    public void Overflow_inside_a_typed_function_is_an_error_at_its_position_with_the_call_stack()
    {
        var engine = Engine.CreateRaw();

        var act = () => engine.Eval<long>("fn grow(n) {\n    n * 1000000000000\n}\ngrow(grow(10))");

        var error = act.Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.Arithmetic);
        error.Position.Line.Should().Be(2);
        error.CallStack.Should().Contain(frame => frame.Function == "grow");
    }

    [Test]
    public void Deep_recursion_through_the_typed_entry_is_stopped_by_the_call_limit()
    {
        var engine = Engine.CreateRaw();
        engine.Options = engine.Options with { MaxCallLevels = 50 };

        var act = () => engine.Eval<long>("fn down(n) { if n == 0 { 0 } else { 1 + down(n - 1) } } down(1000)");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.StackOverflow);
        engine.Eval<long>("fn down(n) { if n == 0 { 0 } else { 1 + down(n - 1) } } down(40)").Should().Be(40);
    }

    [Test]
    public void Typed_calls_count_operations()
    {
        var engine = Engine.CreateRaw();
        engine.Options = engine.Options with { MaxOperations = 1_000 };

        var act = () => engine.Eval<long>("fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } } fib(30)");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.TooManyOperations);
    }

    [Test]
    public void Typed_and_boxed_compilers_agree_on_a_typed_function()
    {
        const string script = "fn f(a, b, c, d) { if a > b { a * c - d } else { f(b, a, d, c) + 1 } } f(3, 9, 4, 7) + f(10, 2, 3, 4)";

        var tiered = Engine.CreateRaw().Eval<long>(script);
        var system = new Engine { Compiler = CompilerChoice.System }.Eval<long>(script);

        tiered.Should().Be(system).And.Be((9 * 7 - 4 + 1) + (10 * 3 - 4));
    }

    [Test]
    public void A_typed_function_s_imports_end_when_it_returns()
    {
        const string Script = "fn f(x) { import \"m\" as m; x + 1 }";
        IntFunctionsOf(Script).Should().Contain(("f", 1));
        var engine = new Engine().SetModuleResolver(new StaticModuleResolver().AddScript("m", "export const X = 10;"));

        // `f(1) + 1` needs an INT, so the call goes through the typed entry; `g` must not see the module afterwards.
        var act = () => engine.Run(Script + "\nfn g() { let y = f(1) + 1; m::X }\ng()");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
    }
}
