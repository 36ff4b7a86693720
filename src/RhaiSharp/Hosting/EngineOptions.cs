namespace RhaiSharp;

/// <summary>
/// Limits and language options of an engine. Immutable; names and defaults follow Rhai's setters
/// (<c>set_max_operations</c> → <see cref="MaxOperations"/>, …). For the size and count limits 0 means unlimited.
/// </summary>
public sealed record EngineOptions
{
    /// <summary>The defaults, as in Rhai's release builds.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>Maximum operations a run may perform (0 = unlimited).</summary>
    public long MaxOperations { get; init; }

    /// <summary>Maximum depth of nested script function calls (Rhai default 64).</summary>
    public int MaxCallLevels { get; init; } = 64;

    /// <summary>Maximum expression nesting at global level (Rhai default 64; 0 = unlimited).</summary>
    public int MaxExprDepth { get; init; } = 64;

    /// <summary>Maximum expression nesting inside functions (Rhai default 32; 0 = unlimited).</summary>
    public int MaxFunctionExprDepth { get; init; } = 32;

    /// <summary>Maximum length of a string in characters (0 = unlimited).</summary>
    public long MaxStringSize { get; init; }

    /// <summary>Maximum size of an array or blob (0 = unlimited).</summary>
    public long MaxArraySize { get; init; }

    /// <summary>Maximum size of an object map (0 = unlimited).</summary>
    public long MaxMapSize { get; init; }

    /// <summary>Maximum number of variables in scope (0 = unlimited).</summary>
    public int MaxVariables { get; init; }

    /// <summary>
    /// Maximum number of script functions in one script (0 = unlimited, as in Rhai). Defaults to 10,000, so that
    /// compiling an untrusted script is bounded too.
    /// </summary>
    public int MaxFunctions { get; init; } = 10_000;

    /// <summary>
    /// Maximum length of a script's text, in characters (0 = unlimited). Defaults to 16 MiB (16,777,216); longer text
    /// is a <see cref="ParseErrorKind.ScriptTooLarge"/> error before anything is parsed.
    /// </summary>
    public int MaxScriptLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Maximum number of statements in one script, functions and closures included (0 = unlimited). Defaults to
    /// 200,000; more is a <see cref="ParseErrorKind.TooManyStatements"/> error, raised while parsing, so that neither
    /// parsing nor compiling an untrusted script can take unbounded time or memory.
    /// </summary>
    public int MaxStatements { get; init; } = 200_000;

    /// <summary>Maximum number of imported modules (0 = unlimited).</summary>
    public int MaxModules { get; init; }

    /// <summary>
    /// Wall-clock limit of one evaluation (null = none). A run that takes longer stops within milliseconds, even in a
    /// tight loop or inside a long standard-library call, with a <see cref="RuntimeException"/> of kind
    /// <see cref="RuntimeErrorKind.Terminated"/> (not catchable by the script). A cancelled <see cref="CancellationToken"/>
    /// instead throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>When true, using an undefined variable is a parse error.</summary>
    public bool StrictVariables { get; init; }

    /// <summary>
    /// When true, reading a missing object-map property (<c>m.b</c>) is a <see cref="RuntimeErrorKind.PropertyNotFound"/>
    /// error instead of <c>()</c> (Rhai's <c>fail_on_invalid_map_property</c>; default false).
    /// </summary>
    public bool FailOnInvalidMapProperty { get; init; }

    /// <summary>Whether <c>let x = 1; let x = 2;</c> is allowed.</summary>
    public bool AllowShadowing { get; init; } = true;

    /// <summary>Whether <c>if</c> can be used as an expression.</summary>
    public bool AllowIfExpression { get; init; } = true;

    /// <summary>Whether <c>switch</c> can be used as an expression.</summary>
    public bool AllowSwitchExpression { get; init; } = true;

    /// <summary>Whether a block <c>{ … }</c> can be used as an expression.</summary>
    public bool AllowStatementExpression { get; init; } = true;

    /// <summary>Whether loops can be used as expressions (<c>break value</c>).</summary>
    public bool AllowLoopExpressions { get; init; } = true;

    /// <summary>Whether closures <c>|x| …</c> are allowed.</summary>
    public bool AllowAnonymousFn { get; init; } = true;

    /// <summary>Whether loops are allowed at all.</summary>
    public bool AllowLooping { get; init; } = true;

    /// <summary>Whether the engine folds constants at compile time (Rhai's optimization level; None turns it off).</summary>
    public OptimizationLevel OptimizationLevel { get; init; } = OptimizationLevel.Simple;
}

/// <summary>Rhai's optimization levels.</summary>
public enum OptimizationLevel
{
    /// <summary>No optimization.</summary>
    None,
    /// <summary>Constant folding and dead-branch removal (the default).</summary>
    Simple,
    /// <summary>As Simple; Rhai may also call pure functions at compile time.</summary>
    Full,
}
