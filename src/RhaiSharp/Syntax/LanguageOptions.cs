namespace RhaiSharp;

/// <summary>
/// What a script may contain and how large it may be: the language switches (Rhai's <c>LangOptions</c>) and the
/// compile-time limits, all checked while a script is parsed. Immutable; part of <see cref="EngineOptions"/>.
/// For the depth and count limits 0 means unlimited.
/// </summary>
public sealed record LanguageOptions
{
    /// <summary>The defaults, as in Rhai's release builds.</summary>
    public static LanguageOptions Default { get; } = new();

    /// <summary>Maximum expression nesting at global level (Rhai default 64; 0 = unlimited).</summary>
    public int MaxExprDepth { get; init; } = 64;

    /// <summary>Maximum expression nesting inside functions (Rhai default 32; 0 = unlimited).</summary>
    public int MaxFunctionExprDepth { get; init; } = 32;

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

    /// <summary>When true, using an undefined variable is a parse error.</summary>
    public bool StrictVariables { get; init; }

    /// <summary>
    /// When true, reading a missing object-map property (<c>m.b</c>) is a <see cref="RuntimeErrorKind.PropertyNotFound"/>
    /// error instead of <c>()</c> (Rhai's <c>fail_on_invalid_map_property</c>; default false). Checked when the script runs.
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
}
