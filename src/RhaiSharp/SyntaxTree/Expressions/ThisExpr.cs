namespace RhaiSharp.SyntaxTree;

/// <summary>The <c>this</c> keyword.</summary>
internal sealed class ThisExpr(Position position) : Expr(position)
{
    public override NodeKind Kind => NodeKind.ThisExpression;
}
