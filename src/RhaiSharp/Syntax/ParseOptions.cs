namespace RhaiSharp.Syntax;

/// <summary>
/// What the parser is told: the language options, the size limits that literals must respect (Rhai refuses an
/// oversized literal at parse time), and the names a host scope defines.
/// </summary>
internal sealed record ParseOptions(LanguageOptions Language, long MaxStringSize = 0, long MaxArraySize = 0, long MaxMapSize = 0)
{
    public static ParseOptions Default { get; } = new(LanguageOptions.Default);

    /// <summary>Variables of the host scope (name, is constant), visible to strict-variable checks.</summary>
    public IReadOnlyList<(string Name, bool IsConstant)> ScopeVariables { get; init; } = [];
}
