namespace RhaiSharp.SyntaxTree;

/// <summary><c>break</c> with an optional value.</summary>
internal sealed class BreakStmt(Position position, Expr? value) : Stmt(position)
{
    public Expr? Value { get; } = value;

    public override NodeKind Kind => NodeKind.BreakStatement;
}
