namespace RhaiSharp.SyntaxTree;

/// <summary><c>import "path" as name</c>.</summary>
internal sealed class ImportStmt(Position position, Expr path, string? alias) : Stmt(position)
{
    public Expr Path { get; } = path;

    public string? Alias { get; } = alias;

    public override NodeKind Kind => NodeKind.ImportStatement;
}
