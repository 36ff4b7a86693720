namespace RhaiSharp.SyntaxTree;

/// <summary><c>try { … } catch (e) { … }</c>.</summary>
internal sealed class TryStmt(Position position, BlockStmt body, string? catchVariable, BlockStmt catchBody) : Stmt(position)
{
    public BlockStmt Body { get; } = body;

    public string? CatchVariable { get; } = catchVariable;

    public BlockStmt CatchBody { get; } = catchBody;

    public override NodeKind Kind => NodeKind.TryStatement;
}
