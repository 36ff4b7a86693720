namespace RhaiSharp.SyntaxTree;

/// <summary><c>target = v</c> or a compound assignment <c>target op= v</c> (Operator set).</summary>
internal sealed class AssignStmt(Position position, Expr target, BinaryOperator? @operator, Expr value) : Stmt(position)
{
    public Expr Target { get; } = target;

    public BinaryOperator? Operator { get; } = @operator;

    public Expr Value { get; } = value;

    public override NodeKind Kind => NodeKind.AssignStatement;
}
