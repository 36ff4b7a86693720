using System.Linq.Expressions;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// Binary operators on operands whose types are known at compile time (INT, FLOAT, bool, string), emitted from
/// <see cref="OperatorTable"/>: the tiers that know their types (INT-typed locals, direct functions, scope rules) all
/// build them here, so none of them writes an operator's meaning itself.
/// </summary>
internal static class TypedOperators
{
    /// <summary>INT <paramref name="op"/> INT, as a long (arithmetic) or bool (comparison); null when INT has no such operator.</summary>
    public static Expression? Int(BinaryOperator op, Expression left, Expression right, Expression position) =>
        OperatorTable.IntMethod(op) is { } method ? Expression.Call(method, left, right, position)
        : OperatorTable.IntPrimitive(op) is { } node ? Expression.MakeBinary(node, left, right)
        : null;

    /// <summary>FLOAT <paramref name="op"/> FLOAT (either side may be an INT, which widens), or null.</summary>
    public static Expression? Float(BinaryOperator op, Expression left, Expression right)
    {
        left = Widen(left);
        right = Widen(right);
        return OperatorTable.FloatPrimitive(op) is { } node ? Expression.MakeBinary(node, left, right)
            : OperatorTable.FloatMethod(op) is { } method ? Expression.Call(method, left, right)
            : null;
    }

    /// <summary>bool <paramref name="op"/> bool: the logical and equality operators, or null.</summary>
    public static Expression? Bool(BinaryOperator op, Expression left, Expression right) => op switch
    {
        BinaryOperator.AndAlso => Expression.AndAlso(left, right),
        BinaryOperator.OrElse => Expression.OrElse(left, right),
        BinaryOperator.Equal => Expression.Equal(left, right),
        BinaryOperator.NotEqual => Expression.NotEqual(left, right),
        _ => null,
    };

    /// <summary>string <paramref name="op"/> string: ordinal equality (a null string is <c>()</c>, equal only to itself), or null.</summary>
    public static Expression? String(BinaryOperator op, Expression left, Expression right)
    {
        var equals = Expression.Call(typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!, left, right);
        return op switch
        {
            BinaryOperator.Equal => equals,
            BinaryOperator.NotEqual => Expression.Not(equals),
            _ => null,
        };
    }

    /// <summary>Any of the above, chosen by the operand types; null when the operator is not built in for them.</summary>
    public static Expression? Emit(BinaryOperator op, Expression left, Expression right, Expression position) =>
        (left.Type, right.Type) switch
        {
            var (l, r) when l == typeof(bool) && r == typeof(bool) => Bool(op, left, right),
            var (l, r) when l == typeof(string) && r == typeof(string) => String(op, left, right),
            var (l, r) when l == typeof(long) && r == typeof(long) => Int(op, left, right, position),
            var (l, r) when IsNumber(l) && IsNumber(r) => Float(op, left, right),
            _ => null,
        };

    /// <summary>True when <see cref="Emit"/> builds <paramref name="op"/> for operands of these types.</summary>
    public static bool Accepts(BinaryOperator op, Type? left, Type? right) =>
        (left, right) switch
        {
            var (l, r) when l == typeof(bool) && r == typeof(bool) => op is BinaryOperator.AndAlso or BinaryOperator.OrElse or BinaryOperator.Equal or BinaryOperator.NotEqual,
            var (l, r) when l == typeof(string) && r == typeof(string) => op is BinaryOperator.Equal or BinaryOperator.NotEqual,
            var (l, r) when l == typeof(long) && r == typeof(long) => OperatorTable.IntMethod(op) is not null || OperatorTable.IntPrimitive(op) is not null,
            var (l, r) when l is not null && r is not null && IsNumber(l) && IsNumber(r) => OperatorTable.FloatPrimitive(op) is not null || OperatorTable.FloatMethod(op) is not null,
            _ => false,
        };

    private static bool IsNumber(Type type) => type == typeof(long) || type == typeof(double);

    private static Expression Widen(Expression e) => e.Type == typeof(double) ? e : Expression.Convert(e, typeof(double));
}
