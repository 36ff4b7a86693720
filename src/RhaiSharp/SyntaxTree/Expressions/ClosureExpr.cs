namespace RhaiSharp.SyntaxTree;

/// <summary>An anonymous function <c>|a| …</c>; its definition is also in <see cref="RhaiSharp.Ast.Functions"/>.</summary>
internal sealed class ClosureExpr(Position position, FunctionDef function) : Expr(position)
{
    public FunctionDef Function { get; } = function;

    public override NodeKind Kind => NodeKind.ClosureExpression;
}
