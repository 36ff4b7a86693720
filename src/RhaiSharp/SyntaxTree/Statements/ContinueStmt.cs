namespace RhaiSharp.SyntaxTree;

/// <summary><c>continue</c>.</summary>
internal sealed class ContinueStmt(Position position) : Stmt(position)
{
    public override NodeKind Kind => NodeKind.ContinueStatement;
}
