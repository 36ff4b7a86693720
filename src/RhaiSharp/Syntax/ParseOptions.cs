namespace RhaiSharp.Syntax;

/// <summary>What the parser needs to know of the engine's options, plus the names a host scope defines.</summary>
internal sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    public int MaxExprDepth { get; init; } = 64;

    public int MaxFunctionExprDepth { get; init; } = 32;

    public long MaxStringSize { get; init; }

    public long MaxArraySize { get; init; }

    public long MaxMapSize { get; init; }

    public int MaxFunctions { get; init; } = 10_000;

    public int MaxScriptLength { get; init; } = 16 * 1024 * 1024;

    public int MaxStatements { get; init; } = 200_000;

    public bool StrictVariables { get; init; }

    public bool AllowShadowing { get; init; } = true;

    public bool AllowIfExpression { get; init; } = true;

    public bool AllowSwitchExpression { get; init; } = true;

    public bool AllowStatementExpression { get; init; } = true;

    public bool AllowLoopExpressions { get; init; } = true;

    public bool AllowAnonymousFn { get; init; } = true;

    public bool AllowLooping { get; init; } = true;

    /// <summary>Variables of the host scope (name, is constant), visible to strict-variable checks.</summary>
    public IReadOnlyList<(string Name, bool IsConstant)> ScopeVariables { get; init; } = [];

    public static ParseOptions From(EngineOptions o) => new()
    {
        MaxExprDepth = o.MaxExprDepth,
        MaxFunctionExprDepth = o.MaxFunctionExprDepth,
        MaxStringSize = o.MaxStringSize,
        MaxArraySize = o.MaxArraySize,
        MaxMapSize = o.MaxMapSize,
        MaxFunctions = o.MaxFunctions,
        MaxScriptLength = o.MaxScriptLength,
        MaxStatements = o.MaxStatements,
        StrictVariables = o.StrictVariables,
        AllowShadowing = o.AllowShadowing,
        AllowIfExpression = o.AllowIfExpression,
        AllowSwitchExpression = o.AllowSwitchExpression,
        AllowStatementExpression = o.AllowStatementExpression,
        AllowLoopExpressions = o.AllowLoopExpressions,
        AllowAnonymousFn = o.AllowAnonymousFn,
        AllowLooping = o.AllowLooping,
    };
}
