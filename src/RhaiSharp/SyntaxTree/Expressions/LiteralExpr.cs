namespace RhaiSharp.SyntaxTree;

/// <summary>A constant: INT, FLOAT, bool, char, string or unit.</summary>
internal sealed class LiteralExpr(Position position, object? value) : Expr(position)
{
    public object? Value { get; } = value;

    public override NodeKind Kind => NodeKind.LiteralExpression;
}
