namespace RhaiSharp.SyntaxTree;

/// <summary><c>-x</c>, <c>+x</c>, <c>!x</c>.</summary>
internal sealed class UnaryExpr(Position position, UnaryOperator @operator, Expr operand) : Expr(position)
{
    public UnaryOperator Operator { get; } = @operator;

    public Expr Operand { get; } = operand;

    public override NodeKind Kind => NodeKind.UnaryExpression;
}
