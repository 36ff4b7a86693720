namespace RhaiSharp.SyntaxTree;

/// <summary>One <c>key: value</c> of a map literal.</summary>
internal readonly record struct MapEntry(string Key, Expr Value, Position Position);
