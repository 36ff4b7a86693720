using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;

namespace RhaiSharp.Tests.Runtime;

/// <summary>
/// FLOAT operators, and INT mixed with FLOAT, give the same value on the tiers that know their operand types (direct
/// functions, scope rules cold and compiled) as on boxed values: NaN, infinities, signed zero and widening included.
/// </summary>
[Parallelizable(ParallelScope.All)]
public class FloatOperatorTierTests
{
    private static readonly object[] Operands = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, 1.5, -2.5, 1e308, 3L, -2L, 0L];

    public static readonly string[] Operators = ["+", "-", "*", "/", "%", "**", "==", "!=", "<", "<=", ">", ">="];

    private static IEnumerable<(object X, object Y)> Pairs() =>
        from x in Operands from y in Operands where x is double || y is double select (x, y);

    // The boxed path is the reference: it is where every operand type meets every operator.
    private static string Boxed(Engine engine, string op, object x, object y) =>
        Describe(() => engine.Eval<object>($"let a = [x, y]; a[0] {op} a[1]", new Scope().Push("x", x).Push("y", y)));

    private static string Describe(Func<object?> run)
    {
        try
        {
            var value = run();
            return value is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : $"{value}";
        }
        catch (RuntimeException e)
        {
            return e.Kind.ToString();
        }
    }

    [Test]
    public void Direct_functions_agree_with_boxed_values([ValueSource(nameof(Operators))] string op)
    {
        var engine = new Engine();
        var ast = engine.Compile($"fn f(x, y) {{ x {op} y }}");
        var doubles = engine.CreateFunc<double, double, object>(ast, "f");
        var mixed = engine.CreateFunc<long, double, object>(ast, "f");

        foreach (var (x, y) in Pairs())
        {
            if (x is double dx && y is double dy)
            {
                Describe(() => doubles(dx, dy)).Should().Be(Boxed(engine, op, x, y), $"{x} {op} {y}");
            }
            else if (x is long lx && y is double my)
            {
                Describe(() => mixed(lx, my)).Should().Be(Boxed(engine, op, x, y), $"{x} {op} {y}");
            }
        }
    }

    [Test]
    public void Scope_rules_agree_with_boxed_values_cold_and_compiled([ValueSource(nameof(Operators))] string op)
    {
        var engine = new Engine();
        foreach (var (x, y) in Pairs())
        {
            var ast = engine.Compile($"x {op} y");
            var expected = Boxed(engine, op, x, y);
            for (var run = 0; run < 4; run++)
            {
                Describe(() => engine.Eval<object>(ast, new Scope().Push("x", x).Push("y", y)))
                    .Should().Be(expected, $"{x} {op} {y}, run {run + 1}");
            }
        }
    }

    [Test]
    public void A_rule_compiled_for_one_pair_of_types_agrees_with_boxed_values_on_all()
    {
        var engine = new Engine { Compiler = CompilerChoice.Fast };
        var ast = engine.Compile("x * y - x / y");
        for (var run = 0; run < 3; run++)
        {
            engine.Eval<object>(ast, new Scope().Push("x", 1.5).Push("y", 2.0));
        }

        foreach (var (x, y) in Pairs())
        {
            var general = Describe(() => engine.Eval<object>("let a = [x, y]; a[0] * a[1] - a[0] / a[1]", new Scope().Push("x", x).Push("y", y)));
            Describe(() => engine.Eval<object>(ast, new Scope().Push("x", x).Push("y", y))).Should().Be(general, $"x = {x}, y = {y}");
        }
    }
}
