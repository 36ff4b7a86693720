namespace RhaiSharp.SyntaxTree;

/// <summary><c>loop { … }</c>.</summary>
internal sealed class LoopStmt(Position position, BlockStmt body) : Stmt(position)
{
    public BlockStmt Body { get; } = body;

    public override NodeKind Kind => NodeKind.LoopStatement;
}
