namespace RulesEngine.Compilation;

/// <summary>Which expression compiler turns trees into delegates. Tests run the corpus under both.</summary>
internal enum CompilerChoice
{
    /// <summary>FastExpressionCompiler, falling back to the system compiler only if it refuses or emits invalid IL.</summary>
    Fast,

    /// <summary><c>Expression.Compile()</c>.</summary>
    System,
}
