using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary>A function call <c>f(a)</c> or <c>m::f(a)</c>.</summary>
internal sealed class CallExpr(Position position, string name, ImmutableArray<string> @namespace, ImmutableArray<Expr> arguments) : Expr(position)
{
    public string Name { get; } = name;

    public ImmutableArray<string> Namespace { get; } = @namespace;

    public ImmutableArray<Expr> Arguments { get; } = arguments;

    public override NodeKind Kind => NodeKind.CallExpression;
}
