using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary>A script function, a method (<c>fn int.name()</c>) or a closure's body.</summary>
internal sealed class FunctionDef(
    Position position,
    string name,
    ImmutableArray<string> parameters,
    BlockStmt body,
    bool isPrivate,
    string? thisType,
    ImmutableArray<string> docComments,
    bool isClosure)
{
    public Position Position { get; } = position;

    public string Name { get; } = name;

    public ImmutableArray<string> Parameters { get; } = parameters;

    public BlockStmt Body { get; } = body;

    public bool IsPrivate { get; } = isPrivate;

    /// <summary>For typed methods (<c>fn int.calc()</c>): the type name; otherwise null.</summary>
    public string? ThisType { get; } = thisType;

    public ImmutableArray<string> DocComments { get; } = docComments;

    public bool IsClosure { get; } = isClosure;

    public override string ToString() => $"{Name}({string.Join(", ", Parameters)})";
}
