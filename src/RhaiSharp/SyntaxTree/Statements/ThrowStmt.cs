namespace RhaiSharp.SyntaxTree;

/// <summary><c>throw</c> with an optional value (bare <c>throw</c> in a catch block rethrows).</summary>
internal sealed class ThrowStmt(Position position, Expr? value) : Stmt(position)
{
    public Expr? Value { get; } = value;

    public override NodeKind Kind => NodeKind.ThrowStatement;
}
