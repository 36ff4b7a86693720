using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary><c>{ … }</c>: a scope; its value is the value of its last statement.</summary>
internal sealed class BlockStmt(Position position, ImmutableArray<Stmt> statements) : Stmt(position)
{
    public ImmutableArray<Stmt> Statements { get; } = statements;

    public override NodeKind Kind => NodeKind.BlockStatement;
}
