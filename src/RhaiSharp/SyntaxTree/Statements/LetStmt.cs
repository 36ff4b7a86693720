namespace RhaiSharp.SyntaxTree;

/// <summary><c>let x = v</c> or <c>const x = v</c>, optionally exported.</summary>
internal sealed class LetStmt(Position position, string name, Expr? value, bool isConstant, bool isExported) : Stmt(position)
{
    public string Name { get; } = name;

    public Expr? Value { get; } = value;

    public bool IsConstant { get; } = isConstant;

    public bool IsExported { get; } = isExported;

    public override NodeKind Kind => NodeKind.LetStatement;
}
