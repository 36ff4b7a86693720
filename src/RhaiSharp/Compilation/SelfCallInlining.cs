using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// Decides whether a typed INT entry may inline its own recursive calls one level deep (<c>fib</c> calling <c>fib</c>):
/// every second level then runs without a delegate call, prologue and epilogue, while keeping the call's bookkeeping
/// (depth, frame, operation, variables). Only small bodies qualify, so the emitted code at most grows by the number of
/// self-calls times the body; bodies with imports, closures or <c>eval</c> (which act on the function's own frame) never do.
/// </summary>
internal static class SelfCallInlining
{
    /// <summary>Variable uses, calls, assignments, declarations and returns a body may have and still be inlined.</summary>
    public const int MaxWeight = 24;

    /// <summary>Self-calls a body may make and still be inlined: the entry then holds this many copies of the body.</summary>
    public const int MaxSelfCalls = 3;

    public static bool Allows(FunctionDef function, FunctionBinding binding)
    {
        var selfCalls = binding.Calls.Count(c => c.Namespace.IsEmpty && c.Name == function.Name && c.Arguments.Length == function.Parameters.Length);
        return !binding.ActsOnOwnFrame && selfCalls is > 0 and <= MaxSelfCalls && binding.Weight <= MaxWeight;
    }
}
