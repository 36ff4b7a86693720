namespace RhaiSharp.DependencyInjection;

/// <summary>
/// The settable form of <see cref="EngineOptions"/> for the options pattern (<c>Configure(options => …)</c>, configuration
/// binding). <see cref="EngineOptions"/> itself is an immutable record, so it cannot be configured in place; the container
/// exposes <c>IOptions&lt;EngineOptions&gt;</c> as a snapshot of this class taken once, when first resolved.
/// Every property has the meaning and default of the <see cref="EngineOptions"/> property of the same name.
/// </summary>
public sealed class RhaiSharpOptions
{
    /// <summary>See <see cref="EngineOptions.MaxOperations"/>.</summary>
    public long MaxOperations { get; set; } = EngineOptions.Default.MaxOperations;

    /// <summary>See <see cref="EngineOptions.MaxCallLevels"/>.</summary>
    public int MaxCallLevels { get; set; } = EngineOptions.Default.MaxCallLevels;

    /// <summary>See <see cref="EngineOptions.MaxExprDepth"/>.</summary>
    public int MaxExprDepth { get; set; } = EngineOptions.Default.MaxExprDepth;

    /// <summary>See <see cref="EngineOptions.MaxFunctionExprDepth"/>.</summary>
    public int MaxFunctionExprDepth { get; set; } = EngineOptions.Default.MaxFunctionExprDepth;

    /// <summary>See <see cref="EngineOptions.MaxStringSize"/>.</summary>
    public long MaxStringSize { get; set; } = EngineOptions.Default.MaxStringSize;

    /// <summary>See <see cref="EngineOptions.MaxArraySize"/>.</summary>
    public long MaxArraySize { get; set; } = EngineOptions.Default.MaxArraySize;

    /// <summary>See <see cref="EngineOptions.MaxMapSize"/>.</summary>
    public long MaxMapSize { get; set; } = EngineOptions.Default.MaxMapSize;

    /// <summary>See <see cref="EngineOptions.MaxVariables"/>.</summary>
    public int MaxVariables { get; set; } = EngineOptions.Default.MaxVariables;

    /// <summary>See <see cref="EngineOptions.MaxFunctions"/>.</summary>
    public int MaxFunctions { get; set; } = EngineOptions.Default.MaxFunctions;

    /// <summary>See <see cref="EngineOptions.MaxModules"/>.</summary>
    public int MaxModules { get; set; } = EngineOptions.Default.MaxModules;

    /// <summary>See <see cref="EngineOptions.MaxScriptLength"/>.</summary>
    public int MaxScriptLength { get; set; } = EngineOptions.Default.MaxScriptLength;

    /// <summary>See <see cref="EngineOptions.MaxStatements"/>.</summary>
    public int MaxStatements { get; set; } = EngineOptions.Default.MaxStatements;

    /// <summary>See <see cref="EngineOptions.Timeout"/>.</summary>
    public TimeSpan? Timeout { get; set; } = EngineOptions.Default.Timeout;

    /// <summary>See <see cref="EngineOptions.StrictVariables"/>.</summary>
    public bool StrictVariables { get; set; } = EngineOptions.Default.StrictVariables;

    /// <summary>See <see cref="EngineOptions.FailOnInvalidMapProperty"/>.</summary>
    public bool FailOnInvalidMapProperty { get; set; } = EngineOptions.Default.FailOnInvalidMapProperty;

    /// <summary>See <see cref="EngineOptions.AllowShadowing"/>.</summary>
    public bool AllowShadowing { get; set; } = EngineOptions.Default.AllowShadowing;

    /// <summary>See <see cref="EngineOptions.AllowIfExpression"/>.</summary>
    public bool AllowIfExpression { get; set; } = EngineOptions.Default.AllowIfExpression;

    /// <summary>See <see cref="EngineOptions.AllowSwitchExpression"/>.</summary>
    public bool AllowSwitchExpression { get; set; } = EngineOptions.Default.AllowSwitchExpression;

    /// <summary>See <see cref="EngineOptions.AllowStatementExpression"/>.</summary>
    public bool AllowStatementExpression { get; set; } = EngineOptions.Default.AllowStatementExpression;

    /// <summary>See <see cref="EngineOptions.AllowLoopExpressions"/>.</summary>
    public bool AllowLoopExpressions { get; set; } = EngineOptions.Default.AllowLoopExpressions;

    /// <summary>See <see cref="EngineOptions.AllowAnonymousFn"/>.</summary>
    public bool AllowAnonymousFn { get; set; } = EngineOptions.Default.AllowAnonymousFn;

    /// <summary>See <see cref="EngineOptions.AllowLooping"/>.</summary>
    public bool AllowLooping { get; set; } = EngineOptions.Default.AllowLooping;

    /// <summary>See <see cref="EngineOptions.OptimizationLevel"/>.</summary>
    public OptimizationLevel OptimizationLevel { get; set; } = EngineOptions.Default.OptimizationLevel;

    /// <summary>The immutable options engines are created with.</summary>
    /// <returns>A snapshot of the current settings.</returns>
    internal EngineOptions ToEngineOptions() => new()
    {
        MaxOperations = MaxOperations,
        MaxCallLevels = MaxCallLevels,
        MaxExprDepth = MaxExprDepth,
        MaxFunctionExprDepth = MaxFunctionExprDepth,
        MaxStringSize = MaxStringSize,
        MaxArraySize = MaxArraySize,
        MaxMapSize = MaxMapSize,
        MaxVariables = MaxVariables,
        MaxFunctions = MaxFunctions,
        MaxModules = MaxModules,
        MaxScriptLength = MaxScriptLength,
        MaxStatements = MaxStatements,
        Timeout = Timeout,
        StrictVariables = StrictVariables,
        FailOnInvalidMapProperty = FailOnInvalidMapProperty,
        AllowShadowing = AllowShadowing,
        AllowIfExpression = AllowIfExpression,
        AllowSwitchExpression = AllowSwitchExpression,
        AllowStatementExpression = AllowStatementExpression,
        AllowLoopExpressions = AllowLoopExpressions,
        AllowAnonymousFn = AllowAnonymousFn,
        AllowLooping = AllowLooping,
        OptimizationLevel = OptimizationLevel,
    };
}
