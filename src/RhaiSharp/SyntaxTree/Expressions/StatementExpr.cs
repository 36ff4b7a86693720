namespace RhaiSharp.SyntaxTree;

/// <summary>A statement used as an expression: a block, <c>if</c>, <c>switch</c> or loop.</summary>
internal sealed class StatementExpr(Position position, Stmt statement) : Expr(position)
{
    public Stmt Statement { get; } = statement;

    public override NodeKind Kind => NodeKind.StatementExpression;
}
