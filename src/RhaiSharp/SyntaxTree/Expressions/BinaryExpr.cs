namespace RhaiSharp.SyntaxTree;

/// <summary>A binary operator, including short-circuit <c>&amp;&amp;</c>, <c>||</c>, <c>??</c>, <c>in</c> and ranges.</summary>
internal sealed class BinaryExpr(Position position, BinaryOperator @operator, Expr left, Expr right) : Expr(position)
{
    public BinaryOperator Operator { get; } = @operator;

    public Expr Left { get; } = left;

    public Expr Right { get; } = right;

    public override NodeKind Kind => NodeKind.BinaryExpression;
}
