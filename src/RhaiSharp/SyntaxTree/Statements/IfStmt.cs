namespace RhaiSharp.SyntaxTree;

/// <summary><c>if c { … } else …</c>; Else is a block or another if.</summary>
internal sealed class IfStmt(Position position, Expr condition, BlockStmt then, Stmt? @else) : Stmt(position)
{
    public Expr Condition { get; } = condition;

    public BlockStmt Then { get; } = then;

    public Stmt? Else { get; } = @else;

    public override NodeKind Kind => NodeKind.IfStatement;
}
