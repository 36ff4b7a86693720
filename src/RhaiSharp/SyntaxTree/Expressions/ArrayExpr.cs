using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary>An array literal <c>[a, b]</c>.</summary>
internal sealed class ArrayExpr(Position position, ImmutableArray<Expr> items) : Expr(position)
{
    public ImmutableArray<Expr> Items { get; } = items;

    public override NodeKind Kind => NodeKind.ArrayExpression;
}
