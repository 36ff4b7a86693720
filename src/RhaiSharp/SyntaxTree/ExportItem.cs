namespace RhaiSharp.SyntaxTree;

/// <summary>One exported variable and the name it is exported as.</summary>
internal readonly record struct ExportItem(string Name, string Alias, Position Position);
