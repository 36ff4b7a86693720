using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary><c>switch x { … }</c>.</summary>
internal sealed class SwitchStmt(Position position, Expr subject, ImmutableArray<SwitchCase> cases, Expr? @default) : Stmt(position)
{
    public Expr Subject { get; } = subject;

    public ImmutableArray<SwitchCase> Cases { get; } = cases;

    public Expr? Default { get; } = @default;

    public override NodeKind Kind => NodeKind.SwitchStatement;
}
