namespace RhaiSharp.Packages;

/// <summary>Functions are grouped by name and arity (Rhai hashes the same pair for script functions).</summary>
internal readonly record struct FunctionKey(string Name, int Arity);
