using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary><c>export x as y, z</c>.</summary>
internal sealed class ExportStmt(Position position, ImmutableArray<ExportItem> items) : Stmt(position)
{
    public ImmutableArray<ExportItem> Items { get; } = items;

    public override NodeKind Kind => NodeKind.ExportStatement;
}
