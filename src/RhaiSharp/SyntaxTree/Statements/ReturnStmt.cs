namespace RhaiSharp.SyntaxTree;

/// <summary><c>return</c> with an optional value.</summary>
internal sealed class ReturnStmt(Position position, Expr? value) : Stmt(position)
{
    public Expr? Value { get; } = value;

    public override NodeKind Kind => NodeKind.ReturnStatement;
}
