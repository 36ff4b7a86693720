namespace RhaiSharp.SyntaxTree;

/// <summary><c>while c { … }</c>.</summary>
internal sealed class WhileStmt(Position position, Expr condition, BlockStmt body) : Stmt(position)
{
    public Expr Condition { get; } = condition;

    public BlockStmt Body { get; } = body;

    public override NodeKind Kind => NodeKind.WhileStatement;
}
