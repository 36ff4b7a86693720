namespace RhaiSharp.Compilation;

/// <summary>Which expression compiler turns trees into delegates. Tests run the corpus under each.</summary>
internal enum CompilerChoice
{
    /// <summary>
    /// The default: a main program without loops is interpreted for its first runs, then compiled with FEC.
    /// JIT-compiling a fresh dynamic method costs about a millisecond, far more than interpreting a rule once;
    /// anything that runs more than a couple of times, and every function and loop, gets compiled code.
    /// </summary>
    Tiered,

    /// <summary>FastExpressionCompiler always, falling back to the system compiler only if it refuses or emits invalid IL.</summary>
    Fast,

    /// <summary><c>Expression.Compile()</c>.</summary>
    System,
}
