using System.Linq.Expressions;
using System.Reflection;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Runtime;

/// <summary>
/// The one table of Rhai's built-in binary operators: for each operator, the general implementation over any values
/// (<see cref="Ops"/>), and what a tier that knows its operand types may emit instead — an <see cref="IntOps"/> method
/// where INT needs checking (arithmetic, power, shifts), or a plain IL operation where IL computes exactly what Rhai
/// does (comparisons and bit operations on INT; arithmetic and ordering on FLOAT). Every tier takes its operators from
/// here: the generic compiler, the INT-typed paths, direct functions, scope rules and compound assignment.
/// </summary>
internal static class OperatorTable
{
    /// <summary>The general implementation of a binary operator: operand types are looked at when it runs.</summary>
    public delegate object? Operation(RunContext ctx, object? left, object? right, long pos);

    private static readonly Row[] Rows = Build();

    /// <summary>The general implementation of <paramref name="op"/> (not of the short-circuiting or range operators).</summary>
    public static Operation Generic(BinaryOperator op) =>
        Rows[(int)op].Generic ?? throw new InvalidOperationException($"{op} has no general implementation");

    /// <summary>The registered-function name a compound assignment tries before the plain operator (<c>+=</c>).</summary>
    public static string CompoundName(BinaryOperator op) =>
        Rows[(int)op].CompoundName ?? throw new InvalidOperationException($"{op} is not a compound-assignment operator");

    /// <summary>
    /// The checked <see cref="IntOps"/> method, <c>long (long, long, long pos)</c>, of an INT operator that can fail or
    /// that IL does not compute as Rhai does; null when <see cref="IntPrimitive"/> applies or INT has no such operator.
    /// </summary>
    public static MethodInfo? IntMethod(BinaryOperator op) => Rows[(int)op].IntMethod;

    /// <summary>The IL operation that is exactly Rhai's operator on two INTs (comparisons, bit operations), or null.</summary>
    public static ExpressionType? IntPrimitive(BinaryOperator op) => Rows[(int)op].IntPrimitive;

    /// <summary>
    /// The IL operation that is exactly Rhai's operator on two FLOATs (an INT operand widens first), or null.
    /// Equality is not one: it stays with the general implementation, which owns the NaN rules.
    /// </summary>
    public static ExpressionType? FloatPrimitive(BinaryOperator op) => Rows[(int)op].FloatPrimitive;

    /// <summary>The method computing Rhai's FLOAT operator where IL has no instruction for it (<c>**</c>), or null.</summary>
    public static MethodInfo? FloatMethod(BinaryOperator op) => Rows[(int)op].FloatMethod;

    /// <summary>True for the operators whose result is a bool (comparisons and equality).</summary>
    public static bool IsComparison(BinaryOperator op) =>
        op is BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
            or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual;

    private sealed record Row(
        Operation? Generic,
        string? CompoundName = null,
        MethodInfo? IntMethod = null,
        ExpressionType? IntPrimitive = null,
        ExpressionType? FloatPrimitive = null,
        MethodInfo? FloatMethod = null);

    private static Row[] Build()
    {
        static MethodInfo Int(string name) => typeof(IntOps).GetMethod(name, [typeof(long), typeof(long), typeof(long)])!;
        static string Compound(BinaryOperator op) => op.Symbol() + "=";

        var rows = new Row[Enum.GetValues<BinaryOperator>().Length];
        rows[(int)BinaryOperator.Add] = new(Ops.Add, Compound(BinaryOperator.Add), Int(nameof(IntOps.Add)), FloatPrimitive: ExpressionType.Add);
        rows[(int)BinaryOperator.Subtract] = new(Ops.Subtract, Compound(BinaryOperator.Subtract), Int(nameof(IntOps.Subtract)), FloatPrimitive: ExpressionType.Subtract);
        rows[(int)BinaryOperator.Multiply] = new(Ops.Multiply, Compound(BinaryOperator.Multiply), Int(nameof(IntOps.Multiply)), FloatPrimitive: ExpressionType.Multiply);
        rows[(int)BinaryOperator.Divide] = new(Ops.Divide, Compound(BinaryOperator.Divide), Int(nameof(IntOps.Divide)), FloatPrimitive: ExpressionType.Divide);

        // IL's rem on doubles is Rust's % on f64 (the sign follows the dividend).
        rows[(int)BinaryOperator.Modulo] = new(Ops.Modulo, Compound(BinaryOperator.Modulo), Int(nameof(IntOps.Modulo)), FloatPrimitive: ExpressionType.Modulo);
        rows[(int)BinaryOperator.Power] = new(Ops.Power, Compound(BinaryOperator.Power), Int(nameof(IntOps.Power)),
            FloatMethod: typeof(Math).GetMethod(nameof(Math.Pow), [typeof(double), typeof(double)]));
        rows[(int)BinaryOperator.ShiftLeft] = new(Ops.ShiftLeft, Compound(BinaryOperator.ShiftLeft), Int(nameof(IntOps.ShiftLeft)));
        rows[(int)BinaryOperator.ShiftRight] = new(Ops.ShiftRight, Compound(BinaryOperator.ShiftRight), Int(nameof(IntOps.ShiftRight)));
        rows[(int)BinaryOperator.BitAnd] = new(Ops.BitAnd, Compound(BinaryOperator.BitAnd), IntPrimitive: ExpressionType.And);
        rows[(int)BinaryOperator.BitOr] = new(Ops.BitOr, Compound(BinaryOperator.BitOr), IntPrimitive: ExpressionType.Or);
        rows[(int)BinaryOperator.BitXor] = new(Ops.BitXor, Compound(BinaryOperator.BitXor), IntPrimitive: ExpressionType.ExclusiveOr);
        rows[(int)BinaryOperator.Equal] = new(Ops.Equal, IntPrimitive: ExpressionType.Equal);
        rows[(int)BinaryOperator.NotEqual] = new(Ops.NotEqual, IntPrimitive: ExpressionType.NotEqual);
        rows[(int)BinaryOperator.Less] = new(Ops.Less, IntPrimitive: ExpressionType.LessThan, FloatPrimitive: ExpressionType.LessThan);
        rows[(int)BinaryOperator.LessOrEqual] = new(Ops.LessOrEqual, IntPrimitive: ExpressionType.LessThanOrEqual, FloatPrimitive: ExpressionType.LessThanOrEqual);
        rows[(int)BinaryOperator.Greater] = new(Ops.Greater, IntPrimitive: ExpressionType.GreaterThan, FloatPrimitive: ExpressionType.GreaterThan);
        rows[(int)BinaryOperator.GreaterOrEqual] = new(Ops.GreaterOrEqual, IntPrimitive: ExpressionType.GreaterThanOrEqual, FloatPrimitive: ExpressionType.GreaterThanOrEqual);
        rows[(int)BinaryOperator.In] = new(Ops.In);
        rows[(int)BinaryOperator.NotIn] = new(Ops.NotIn);

        // Short-circuiting and range operators are control flow or constructors, not operations on two values.
        rows[(int)BinaryOperator.AndAlso] = new(null);
        rows[(int)BinaryOperator.OrElse] = new(null);
        rows[(int)BinaryOperator.Coalesce] = new(null);
        rows[(int)BinaryOperator.Range] = new(null);
        rows[(int)BinaryOperator.RangeInclusive] = new(null);
        return rows;
    }
}
