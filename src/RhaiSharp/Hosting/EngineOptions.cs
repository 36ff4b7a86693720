namespace RhaiSharp;

/// <summary>
/// An engine's options: the <see cref="Language"/> a script may use (checked while parsing) and the run-time
/// <see cref="Limits"/> (checked while running). Immutable. Each option is stored once, in its layer's record; the
/// flat properties here (<c>new EngineOptions { MaxOperations = 1000 }</c>, as Rhai's <c>set_max_operations</c>) read
/// and write those records.
/// </summary>
public sealed record EngineOptions
{
    /// <summary>The defaults, as in Rhai's release builds.</summary>
    public static EngineOptions Default { get; } = new();

    // Each new record gets its own parts (not the shared defaults): configuration binding writes into the parts of
    // the record it binds, and must never reach LanguageOptions.Default or RuntimeLimits.Default.

    /// <summary>The language switches and compile-time limits.</summary>
    public LanguageOptions Language { get; init; } = new();

    /// <summary>The run-time limits.</summary>
    public RuntimeLimits Limits { get; init; } = new();

    /// <inheritdoc cref="RuntimeLimits.MaxOperations"/>
    public long MaxOperations
    {
        get => Limits.MaxOperations;
        init => Limits = Limits with { MaxOperations = value };
    }

    /// <inheritdoc cref="RuntimeLimits.MaxCallLevels"/>
    public int MaxCallLevels
    {
        get => Limits.MaxCallLevels;
        init => Limits = Limits with { MaxCallLevels = value };
    }

    /// <inheritdoc cref="RuntimeLimits.MaxStringSize"/>
    public long MaxStringSize
    {
        get => Limits.MaxStringSize;
        init => Limits = Limits with { MaxStringSize = value };
    }

    /// <inheritdoc cref="RuntimeLimits.MaxArraySize"/>
    public long MaxArraySize
    {
        get => Limits.MaxArraySize;
        init => Limits = Limits with { MaxArraySize = value };
    }

    /// <inheritdoc cref="RuntimeLimits.MaxMapSize"/>
    public long MaxMapSize
    {
        get => Limits.MaxMapSize;
        init => Limits = Limits with { MaxMapSize = value };
    }

    /// <inheritdoc cref="RuntimeLimits.MaxVariables"/>
    public int MaxVariables
    {
        get => Limits.MaxVariables;
        init => Limits = Limits with { MaxVariables = value };
    }

    /// <inheritdoc cref="RuntimeLimits.MaxModules"/>
    public int MaxModules
    {
        get => Limits.MaxModules;
        init => Limits = Limits with { MaxModules = value };
    }

    /// <inheritdoc cref="RuntimeLimits.Timeout"/>
    public TimeSpan? Timeout
    {
        get => Limits.Timeout;
        init => Limits = Limits with { Timeout = value };
    }

    /// <inheritdoc cref="LanguageOptions.MaxExprDepth"/>
    public int MaxExprDepth
    {
        get => Language.MaxExprDepth;
        init => Language = Language with { MaxExprDepth = value };
    }

    /// <inheritdoc cref="LanguageOptions.MaxFunctionExprDepth"/>
    public int MaxFunctionExprDepth
    {
        get => Language.MaxFunctionExprDepth;
        init => Language = Language with { MaxFunctionExprDepth = value };
    }

    /// <inheritdoc cref="LanguageOptions.MaxFunctions"/>
    public int MaxFunctions
    {
        get => Language.MaxFunctions;
        init => Language = Language with { MaxFunctions = value };
    }

    /// <inheritdoc cref="LanguageOptions.MaxScriptLength"/>
    public int MaxScriptLength
    {
        get => Language.MaxScriptLength;
        init => Language = Language with { MaxScriptLength = value };
    }

    /// <inheritdoc cref="LanguageOptions.MaxStatements"/>
    public int MaxStatements
    {
        get => Language.MaxStatements;
        init => Language = Language with { MaxStatements = value };
    }

    /// <inheritdoc cref="LanguageOptions.StrictVariables"/>
    public bool StrictVariables
    {
        get => Language.StrictVariables;
        init => Language = Language with { StrictVariables = value };
    }

    /// <inheritdoc cref="LanguageOptions.FailOnInvalidMapProperty"/>
    public bool FailOnInvalidMapProperty
    {
        get => Language.FailOnInvalidMapProperty;
        init => Language = Language with { FailOnInvalidMapProperty = value };
    }

    /// <inheritdoc cref="LanguageOptions.AllowShadowing"/>
    public bool AllowShadowing
    {
        get => Language.AllowShadowing;
        init => Language = Language with { AllowShadowing = value };
    }

    /// <inheritdoc cref="LanguageOptions.AllowIfExpression"/>
    public bool AllowIfExpression
    {
        get => Language.AllowIfExpression;
        init => Language = Language with { AllowIfExpression = value };
    }

    /// <inheritdoc cref="LanguageOptions.AllowSwitchExpression"/>
    public bool AllowSwitchExpression
    {
        get => Language.AllowSwitchExpression;
        init => Language = Language with { AllowSwitchExpression = value };
    }

    /// <inheritdoc cref="LanguageOptions.AllowStatementExpression"/>
    public bool AllowStatementExpression
    {
        get => Language.AllowStatementExpression;
        init => Language = Language with { AllowStatementExpression = value };
    }

    /// <inheritdoc cref="LanguageOptions.AllowLoopExpressions"/>
    public bool AllowLoopExpressions
    {
        get => Language.AllowLoopExpressions;
        init => Language = Language with { AllowLoopExpressions = value };
    }

    /// <inheritdoc cref="LanguageOptions.AllowAnonymousFn"/>
    public bool AllowAnonymousFn
    {
        get => Language.AllowAnonymousFn;
        init => Language = Language with { AllowAnonymousFn = value };
    }

    /// <inheritdoc cref="LanguageOptions.AllowLooping"/>
    public bool AllowLooping
    {
        get => Language.AllowLooping;
        init => Language = Language with { AllowLooping = value };
    }
}
