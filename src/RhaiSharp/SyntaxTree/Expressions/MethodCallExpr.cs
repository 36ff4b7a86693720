using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary>A method call <c>x.f(a)</c> or <c>x?.f(a)</c>: <c>this</c> is bound to <c>x</c> by reference.</summary>
internal sealed class MethodCallExpr(Position position, Expr target, string name, ImmutableArray<Expr> arguments, bool isNullSafe) : Expr(position)
{
    public Expr Target { get; } = target;

    public string Name { get; } = name;

    public ImmutableArray<Expr> Arguments { get; } = arguments;

    public bool IsNullSafe { get; } = isNullSafe;

    public override NodeKind Kind => NodeKind.MethodCallExpression;
}
