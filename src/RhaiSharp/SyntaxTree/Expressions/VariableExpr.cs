using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary>A variable, optionally namespaced (<c>global::x</c>, <c>m::x</c>).</summary>
internal sealed class VariableExpr(Position position, string name, ImmutableArray<string> @namespace) : Expr(position)
{
    public string Name { get; } = name;

    public ImmutableArray<string> Namespace { get; } = @namespace;

    public override NodeKind Kind => NodeKind.VariableExpression;
}
