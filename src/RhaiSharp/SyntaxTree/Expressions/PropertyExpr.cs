namespace RhaiSharp.SyntaxTree;

/// <summary>A property access <c>x.p</c> or <c>x?.p</c>.</summary>
internal sealed class PropertyExpr(Position position, Expr target, string name, bool isNullSafe) : Expr(position)
{
    public Expr Target { get; } = target;

    public string Name { get; } = name;

    public bool IsNullSafe { get; } = isNullSafe;

    public override NodeKind Kind => NodeKind.PropertyExpression;
}
