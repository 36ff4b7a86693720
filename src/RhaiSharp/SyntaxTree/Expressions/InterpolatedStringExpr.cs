using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary>A back-tick string with <c>${…}</c> parts; text parts are string literals.</summary>
internal sealed class InterpolatedStringExpr(Position position, ImmutableArray<Expr> parts) : Expr(position)
{
    public ImmutableArray<Expr> Parts { get; } = parts;

    public override NodeKind Kind => NodeKind.InterpolatedStringExpression;
}
