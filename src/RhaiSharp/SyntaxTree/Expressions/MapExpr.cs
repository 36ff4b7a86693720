using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary>An object map literal <c>#{a: 1}</c>.</summary>
internal sealed class MapExpr(Position position, ImmutableArray<MapEntry> entries) : Expr(position)
{
    public ImmutableArray<MapEntry> Entries { get; } = entries;

    public override NodeKind Kind => NodeKind.MapExpression;
}
