namespace RhaiSharp.SyntaxTree;

/// <summary>An expression evaluated for its value or effect.</summary>
internal sealed class ExprStmt(Position position, Expr expression) : Stmt(position)
{
    public Expr Expression { get; } = expression;

    public override NodeKind Kind => NodeKind.Statement;
}
