using System.Runtime.CompilerServices;

namespace RhaiSharp;

/// <summary>
/// The one bound on recursion. A .NET stack overflow kills the process, so every recursive walk — parsing, the
/// analysis passes, lowering, printing, and the walks over values (copy, equality, hashing, sizes, formatting, JSON,
/// host conversion) — calls this on entry and stops with a script error while stack remains. Script nesting limits
/// (<see cref="EngineOptions.MaxExprDepth"/>, <see cref="EngineOptions.MaxCallLevels"/>) are checked separately;
/// this guard holds even when they are off (0) and whatever thread's stack the walk runs on.
/// </summary>
internal static class DepthGuard
{
    /// <summary>A walk over syntax (parser, analysis, lowering, printing): fails with <see cref="ParseErrorKind.ExprTooDeep"/>.</summary>
    public static void EnterSyntax(Position position)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw TooDeep(position);
        }
    }

    /// <summary>The error for syntax nested beyond what can be parsed or compiled.</summary>
    public static ParseException TooDeep(Position position) =>
        new(ParseErrorKind.ExprTooDeep, "Expression is nested too deeply", position);

    /// <summary>A walk over a value built by a script or the host: fails with <see cref="RuntimeErrorKind.StackOverflow"/>.</summary>
    public static void EnterValue()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new RuntimeException(RuntimeErrorKind.StackOverflow, "Value is nested too deeply", Position.None);
        }
    }

    /// <summary>Whether there is stack left for one more level; for walks whose safe answer is "don't know".</summary>
    public static bool HasRoom() => RuntimeHelpers.TryEnsureSufficientExecutionStack();
}
