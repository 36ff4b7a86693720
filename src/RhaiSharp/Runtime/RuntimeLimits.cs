namespace RhaiSharp;

/// <summary>
/// What one run may spend: operations, call depth, data sizes, variables, modules and wall-clock time (Rhai's
/// <c>set_max_*</c>), checked while a script runs. Immutable; part of <see cref="EngineOptions"/>. For the size and
/// count limits 0 means unlimited. Literals larger than the size limits are refused when the script is parsed.
/// </summary>
public sealed record RuntimeLimits
{
    /// <summary>The defaults, as in Rhai's release builds.</summary>
    public static RuntimeLimits Default { get; } = new();

    /// <summary>Maximum operations a run may perform (0 = unlimited).</summary>
    public long MaxOperations { get; init; }

    /// <summary>Maximum depth of nested script function calls (Rhai default 64).</summary>
    public int MaxCallLevels { get; init; } = 64;

    /// <summary>Maximum length of a string in characters (0 = unlimited).</summary>
    public long MaxStringSize { get; init; }

    /// <summary>Maximum size of an array or blob (0 = unlimited).</summary>
    public long MaxArraySize { get; init; }

    /// <summary>Maximum size of an object map (0 = unlimited).</summary>
    public long MaxMapSize { get; init; }

    /// <summary>Maximum number of variables in scope (0 = unlimited).</summary>
    public int MaxVariables { get; init; }

    /// <summary>Maximum number of imported modules (0 = unlimited).</summary>
    public int MaxModules { get; init; }

    /// <summary>
    /// Wall-clock limit of one evaluation (null = none). A run that takes longer stops within milliseconds, even in a
    /// tight loop or inside a long standard-library call, with a <see cref="RuntimeException"/> of kind
    /// <see cref="RuntimeErrorKind.Terminated"/> (not catchable by the script). A cancelled <see cref="CancellationToken"/>
    /// instead throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public TimeSpan? Timeout { get; init; }
}
