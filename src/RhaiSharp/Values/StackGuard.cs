using System.Runtime.CompilerServices;

namespace RhaiSharp.Values;

/// <summary>
/// Recursive walks over values (copy, equality, size) can meet arbitrarily deep nesting built by a script.
/// A .NET stack overflow kills the process, so they stop with a script error while stack remains.
/// </summary>
internal static class StackGuard
{
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new RuntimeException(RuntimeErrorKind.StackOverflow, "Value is nested too deeply", Position.None);
        }
    }
}
