namespace RhaiSharp.SyntaxTree;

/// <summary>An index access <c>x[i]</c> or <c>x?[i]</c>.</summary>
internal sealed class IndexExpr(Position position, Expr target, Expr index, bool isNullSafe) : Expr(position)
{
    public Expr Target { get; } = target;

    public Expr Index { get; } = index;

    public bool IsNullSafe { get; } = isNullSafe;

    public override NodeKind Kind => NodeKind.IndexExpression;
}
