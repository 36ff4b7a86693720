namespace RhaiSharp.SyntaxTree;

/// <summary>The base of every AST node: immutable, with the position of its first token and no parent pointer.</summary>
internal abstract class Node(Position position)
{
    public Position Position { get; } = position;

    public abstract NodeKind Kind { get; }

    public override string ToString() => AstPrinter.Print(this);
}

/// <summary>A node that produces a value.</summary>
internal abstract class Expr(Position position) : Node(position);

/// <summary>A node executed for its effect; every statement also has a value (usually unit).</summary>
internal abstract class Stmt(Position position) : Node(position);
