using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Language;

public class ExpressionEvaluationTests
{
    private static object? Eval(string script) => Engine.CreateRaw().Eval<object?>(script);

    [TestCase("1 + 2 << 3", 17L)]
    [TestCase("2 ** 3 ** 2", 512L)]
    [TestCase("-2 ** 3", -8L)]
    [TestCase("let x = 40; x + 2", 42L)]
    [TestCase("let s = 0; for i in 0..10 { s += i } s", 45L)]
    [TestCase("fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } } fib(15)", 610L)]
    [TestCase("let x = 10; let f = |y| x + y; x = 20; f.call(1)", 21L)]
    [TestCase("let a = [1, 2, 3]; a[1] = 5; a[1]", 5L)]
    [TestCase("let m = #{a: #{b: [1, 2]}}; m.a.b[1] = 7; m.a.b[1]", 7L)]
    [TestCase("let i = 0; loop { i += 1; if i > 5 { break i * 2; } }", 12L)]
    [TestCase("switch 3 { 1 | 2 => 10, 3..5 => 20, _ => 30 }", 20L)]
    [TestCase("try { throw 42; } catch (e) { return e; }", 42L)]
    [TestCase("fn add(x) { this += x; } let v = 1; v.add(5); v", 6L)]
    public void Evaluates_to_the_expected_integer(string script, long expected) =>
        Eval(script).Should().Be(expected);

    [Test]
    public void Integer_overflow_is_an_arithmetic_error() =>
        FluentActions.Invoking(() => Eval("9223372036854775807 + 1"))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);

    [Test]
    public void Standard_engine_concatenates_strings_with_numbers() =>
        new Engine().Eval<string>("let x = \"foo\" + 123; x").Should().Be("foo123");
}
