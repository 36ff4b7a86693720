using System.Globalization;
using System.Numerics;
using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;

namespace RhaiSharp.Tests.Runtime;

/// <summary>
/// Every binary INT operator, on boundary operands, gives Rhai's result — or Rhai's arithmetic error — on every tier
/// that can run it: boxed values (array elements), INT-typed function entries, INT locals with a literal operand,
/// compound assignment (typed and boxed), direct functions (<c>CreateFunc</c>) and scope rules (cold and compiled).
/// The expected values come from exact arithmetic on <see cref="BigInteger"/>, not from any tier; the errors' messages are Rhai's.
/// </summary>
[Parallelizable(ParallelScope.All)]
public class IntOperatorTierTests
{
    private static readonly long[] Operands =
    [
        long.MinValue, long.MinValue + 1, -4294967296, -3037000500, -64, -3, -2, -1, 0, 1, 2, 3, 62, 63, 64, 65,
        3037000499, 3037000500, 4294967295, 4294967296, long.MaxValue - 1, long.MaxValue,
    ];

    public static readonly string[] Operators = ["+", "-", "*", "/", "%", "**", "<<", ">>", "&", "|", "^", "==", "!=", "<", "<=", ">", ">="];

    private static readonly string[] Compoundable = ["+", "-", "*", "/", "%", "**", "<<", ">>", "&", "|", "^"];

    /// <summary>An arithmetic error, with Rhai's message.</summary>
    private sealed record ArithmeticError(string Message);

    /// <summary>Rhai's result for <c>x op y</c>: a long, a bool, or the arithmetic error with Rhai's message.</summary>
    private static object Expected(string op, long x, long y)
    {
        BigInteger a = x, b = y;
        object Checked(BigInteger r, string error) => r >= long.MinValue && r <= long.MaxValue ? (long)r : new ArithmeticError(error);
        switch (op)
        {
            case "+": return Checked(a + b, $"Addition overflow: {x} + {y}");
            case "-": return Checked(a - b, $"Subtraction overflow: {x} - {y}");
            case "*": return Checked(a * b, $"Multiplication overflow: {x} * {y}");
            case "/": return y == 0 ? new ArithmeticError($"Division by zero: {x} / {y}") : Checked(BigInteger.Divide(a, b), $"Division overflow: {x} / {y}");

            // Rust's checked_rem fails where the quotient would overflow, although the remainder (0) would fit.
            case "%":
                return y == 0 || (x == long.MinValue && y == -1)
                    ? new ArithmeticError($"Modulo division by zero or overflow: {x} % {y}")
                    : (long)BigInteger.Remainder(a, b);
            case "**":
                if (y > uint.MaxValue)
                {
                    return new ArithmeticError($"Exponential overflow: {x} ** {y}");
                }

                if (y < 0)
                {
                    return new ArithmeticError($"Integer raised to a negative power: {x} ** {y}");
                }

                // Only 0, 1 and -1 survive a large exponent; -1 keeps the exponent's parity.
                return x is 0 or 1 or -1 ? (long)BigInteger.Pow(a, (int)(y % 2) + (y == 0 ? 0 : 2))
                    : y < 64 ? Checked(BigInteger.Pow(a, (int)y), $"Exponential overflow: {x} ** {y}")
                    : new ArithmeticError($"Exponential overflow: {x} ** {y}");
            case "<<": return Shift(x, y, left: true);
            case ">>": return Shift(x, y, left: false);
            case "&": return x & y;
            case "|": return x | y;
            case "^": return x ^ y;
            case "==": return a == b;
            case "!=": return a != b;
            case "<": return a < b;
            case "<=": return a <= b;
            case ">": return a > b;
            case ">=": return a >= b;
            default: throw new ArgumentException(op);
        }
    }

    // Shifting moves bits out of 64 and never fails; a negative count shifts the other way.
    private static long Shift(long x, long y, bool left)
    {
        var count = y == long.MinValue ? BigInteger.Pow(2, 63) : BigInteger.Abs(y);
        if (y < 0)
        {
            left = !left;
        }

        if (left)
        {
            return count >= 64 ? 0 : (long)(ulong)((new BigInteger(x) << (int)count) & ulong.MaxValue);
        }

        return count >= 64 ? (x < 0 ? -1 : 0) : (long)BigInteger.Divide(x - (x < 0 ? BigInteger.Pow(2, (int)count) - 1 : 0), BigInteger.Pow(2, (int)count));
    }

    private static IEnumerable<(long X, long Y)> Pairs() =>
        from x in Operands from y in Operands select (x, y);

    private static string Literal(long v) => v == long.MinValue ? "(-9223372036854775807 - 1)" : v.ToString(CultureInfo.InvariantCulture);

    private static string Describe(object? value) => value switch
    {
        ArithmeticError e => "error: " + e.Message,
        null => "()",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>Runs <paramref name="function"/> (<c>f(x, y)</c>) over every pair in one script; an arithmetic error gives its message.</summary>
    private static void AssertScriptTier(string op, string function)
    {
        var xs = string.Join(", ", Operands.Select(Literal));
        var script = $$"""
            {{function}}
            let values = [{{xs}}];
            let results = [];
            for x in values {
                for y in values {
                    try { results.push(f(x, y)); } catch (e) {
                        // An arithmetic error shows as its message; any other error as its kind, which fails the comparison.
                        results.push(if e.kind == "Arithmetic" { "error: " + e.message } else { e.kind });
                    }
                }
            }
            results
            """;
        var engine = new Engine { Compiler = CompilerChoice.Fast };
        var results = engine.Eval<List<object?>>(script);

        var expected = Pairs().Select(p => Describe(Expected(op, p.X, p.Y))).ToList();
        results.Select(Describe).Should().Equal(expected, $"`x {op} y` in `{function}`");
    }

    [Test]
    public void Boxed_operands_follow_Rhai([ValueSource(nameof(Operators))] string op) =>
        AssertScriptTier(op, $"fn f(x, y) {{ let a = [x, y]; a[0] {op} a[1] }}");

    [Test]
    public void Int_typed_functions_follow_Rhai([ValueSource(nameof(Operators))] string op) =>
        AssertScriptTier(op, $"fn f(x, y) {{ x {op} y }}");

    [Test]
    public void Int_locals_follow_Rhai([ValueSource(nameof(Operators))] string op) =>
        AssertScriptTier(op, $"fn f(x, y) {{ let a = x; let b = y; let r = a {op} b; r }}");

    [Test]
    public void Typed_compound_assignment_follows_Rhai([ValueSource(nameof(Compoundable))] string op) =>
        AssertScriptTier(op, $"fn f(x, y) {{ let a = x; a {op}= y; a }}");

    [Test]
    public void Boxed_compound_assignment_follows_Rhai([ValueSource(nameof(Compoundable))] string op) =>
        AssertScriptTier(op, $"fn f(x, y) {{ let a = [x]; a[0] {op}= y; a[0] }}");

    [Test]
    public void Map_property_operands_follow_Rhai([ValueSource(nameof(Operators))] string op) =>
        AssertScriptTier(op, $"fn f(x, y) {{ let m = #{{ x: x, y: y }}; m.x {op} m.y }}");

    [Test]
    public void A_literal_right_operand_follows_Rhai([ValueSource(nameof(Operators))] string op)
    {
        // INT locals with a constant operand get their own specialised checks (AddConstant, SubtractConstant).
        var engine = new Engine { Compiler = CompilerChoice.Fast };
        foreach (var y in Operands)
        {
            var ast = engine.Compile($"fn f(x) {{ let a = x; a {op} {Literal(y)} }}");
            foreach (var x in Operands)
            {
                Describe(Outcome(() => engine.CallFn<object>(ast, "f", x)))
                    .Should().Be(Describe(Expected(op, x, y)), $"{x} {op} {y}");
            }
        }
    }

    [Test]
    public void Direct_functions_follow_Rhai([ValueSource(nameof(Operators))] string op)
    {
        var engine = new Engine();
        var ast = engine.Compile($"fn f(x, y) {{ x {op} y }}");
        CompiledScript.For(ast).FindFunction("f", 2)!.Direct<Func<long, long, object>>()
            .Should().NotBeNull("every INT operator is built in for two INTs");
        var direct = engine.CreateFunc<long, long, object>(ast, "f");

        foreach (var (x, y) in Pairs())
        {
            Describe(Outcome(() => direct(x, y))).Should().Be(Describe(Expected(op, x, y)), $"{x} {op} {y}");
        }
    }

    [Test]
    public void Scope_rules_follow_Rhai_cold_and_compiled([ValueSource(nameof(Operators))] string op)
    {
        var engine = new Engine();
        var ast = engine.Compile($"x {op} y");
        foreach (var (x, y) in Pairs())
        {
            // The first runs of a rule are interpreted, later ones compiled: look at each form.
            var scope = new Scope().Push("x", x).Push("y", y);
            var cold = Describe(Outcome(() => engine.Eval<object>(engine.Compile($"x {op} y"), scope)));
            cold.Should().Be(Describe(Expected(op, x, y)), $"{x} {op} {y} interpreted");
        }

        for (var i = 0; i < 3; i++)
        {
            engine.Eval<object>(ast, new Scope().Push("x", 1L).Push("y", 1L));
        }

        foreach (var (x, y) in Pairs())
        {
            var scope = new Scope().Push("x", x).Push("y", y);
            Describe(Outcome(() => engine.Eval<object>(ast, scope))).Should().Be(Describe(Expected(op, x, y)), $"{x} {op} {y} compiled");
        }
    }

    private static object ExpectedNegation(long x) => x == long.MinValue ? new ArithmeticError($"Negation overflow: -{x}") : -x;

    [TestCase("fn f(x) { let a = [x]; -a[0] }", TestName = "Negation of a boxed operand follows Rhai")]
    [TestCase("fn f(x) { -x }", TestName = "Negation in an INT-typed function follows Rhai")]
    [TestCase("fn f(x) { let a = x; let r = -a; r }", TestName = "Negation of an INT local follows Rhai")]
    public void Negation_follows_Rhai(string function)
    {
        var engine = new Engine { Compiler = CompilerChoice.Fast };
        var ast = engine.Compile(function);
        foreach (var x in Operands)
        {
            Describe(Outcome(() => engine.CallFn<object>(ast, "f", x))).Should().Be(Describe(ExpectedNegation(x)), $"-({x})");
        }
    }

    [Test]
    public void Negation_in_direct_functions_and_scope_rules_follows_Rhai()
    {
        var engine = new Engine();
        var direct = engine.CreateFunc<long, object>(engine.Compile("fn f(x) { -x }"), "f");
        var rule = engine.Compile("-x");
        foreach (var x in Operands)
        {
            var expected = Describe(ExpectedNegation(x));
            Describe(Outcome(() => direct(x))).Should().Be(expected, $"direct -({x})");
            for (var run = 0; run < 4; run++)
            {
                Describe(Outcome(() => engine.Eval<object>(rule, new Scope().Push("x", x)))).Should().Be(expected, $"rule -({x}), run {run + 1}");
            }
        }
    }

    [Test]
    public void Adding_or_subtracting_a_literal_to_an_int_local_follows_Rhai([Values("+", "-")] string op)
    {
        // Main-program locals are typed from their literal initializers: `a + 5` then takes the constant-operand check.
        var engine = new Engine { Compiler = CompilerChoice.Fast };
        foreach (var (x, y) in Pairs().Where(p => p.Y != long.MinValue))
        {
            var script = $"let a = {Literal(x)}; let r = (); try {{ r = a {op} {y}; }} catch (e) {{ r = \"error: \" + e.message; }} r";
            Describe(engine.Eval<object>(script)).Should().Be(Describe(Expected(op, x, y)), $"{x} {op} {y}");
        }
    }

    [Test]
    public void Bool_operators_follow_Rhai_on_every_tier([Values("&", "|", "^", "==", "!=")] string op)
    {
        bool Expected(bool x, bool y) => op switch
        {
            "&" => x & y,
            "|" => x | y,
            "^" => x ^ y,
            "==" => x == y,
            _ => x != y,
        };
        var engine = new Engine();
        var boxed = engine.Compile($"fn f(x, y) {{ let a = [x, y]; a[0] {op} a[1] }}");
        var rule = engine.Compile($"x {op} y");
        foreach (var x in new[] { false, true })
        {
            foreach (var y in new[] { false, true })
            {
                engine.CallFn<bool>(boxed, "f", x, y).Should().Be(Expected(x, y), $"boxed {x} {op} {y}");
                for (var run = 0; run < 4; run++)
                {
                    engine.Eval<bool>(rule, new Scope().Push("x", x).Push("y", y)).Should().Be(Expected(x, y), $"rule {x} {op} {y}, run {run + 1}");
                }
            }
        }
    }

    [Test]
    public void Adding_a_loop_counter_follows_Rhai()
    {
        // A counter of `for i in 0..n` that nothing assigns is proved non-negative: adding it takes a cheaper check.
        var engine = new Engine { Compiler = CompilerChoice.Fast };
        foreach (var x in Operands)
        {
            // Main-program locals are typed from their literal initializers, on the first run.
            var script = $$"""
                let a = {{Literal(x)}};
                let r = [];
                for i in 0..3 {
                    try { let s = a + i; r.push(s); } catch (e) { r.push(e.message); }
                    try { let s = i + a; r.push(s); } catch (e) { r.push(e.message); }
                    try { let s = a - i; r.push(s); } catch (e) { r.push(e.message); }
                }
                r
                """;
            var expected = Enumerable.Range(0, 3).SelectMany(i => new[] { Expected("+", x, i), Expected("+", i, x), Expected("-", x, i) })
                .Select(e => e is ArithmeticError error ? error.Message : Describe(e));
            engine.Eval<List<object?>>(script).Select(Describe).Should().Equal(expected, $"x = {x}");
        }
    }

    [Test]
    public void An_arithmetic_error_names_the_operator_position_on_every_tier()
    {
        var engine = new Engine();
        var boxed = () => engine.Eval<object>("let a = [-9223372036854775807];\na[0]  - 2");
        var typed = () => engine.Eval<object>("fn f(x) { x - 2 }\n  f(-9223372036854775807)");
        var rule = () => engine.Eval<object>(engine.Compile("x\n - 2"), new Scope().Push("x", -9223372036854775807L));

        boxed.Should().Throw<RuntimeException>().Which.Position.Should().Be(new Position(2, 7));
        typed.Should().Throw<RuntimeException>().Which.Position.Should().Be(new Position(1, 13));
        rule.Should().Throw<RuntimeException>().Which.Position.Should().Be(new Position(2, 2));
    }

    private static object? Outcome(Func<object?> run)
    {
        try
        {
            return run();
        }
        catch (RuntimeException e) when (e.Kind == RuntimeErrorKind.Arithmetic)
        {
            return new ArithmeticError(e.RawMessage);
        }
    }
}
