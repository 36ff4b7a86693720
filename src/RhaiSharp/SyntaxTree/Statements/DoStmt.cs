namespace RhaiSharp.SyntaxTree;

/// <summary><c>do { … } while c</c> or <c>do { … } until c</c>.</summary>
internal sealed class DoStmt(Position position, BlockStmt body, Expr condition, bool isUntil) : Stmt(position)
{
    public BlockStmt Body { get; } = body;

    public Expr Condition { get; } = condition;

    public bool IsUntil { get; } = isUntil;

    public override NodeKind Kind => NodeKind.DoStatement;
}
