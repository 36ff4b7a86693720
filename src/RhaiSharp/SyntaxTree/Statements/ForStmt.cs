namespace RhaiSharp.SyntaxTree;

/// <summary><c>for x in e { … }</c> or <c>for (x, i) in e { … }</c>.</summary>
internal sealed class ForStmt(Position position, string variable, string? counterVariable, Expr iterable, BlockStmt body) : Stmt(position)
{
    public string Variable { get; } = variable;

    public string? CounterVariable { get; } = counterVariable;

    public Expr Iterable { get; } = iterable;

    public BlockStmt Body { get; } = body;

    public override NodeKind Kind => NodeKind.ForStatement;
}
