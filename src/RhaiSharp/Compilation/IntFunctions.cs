using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// The script functions that provably return an INT whenever every argument is an INT (<c>fib</c>, <c>gcd</c>,
/// counters). A call to one of them with INT arguments goes through its typed entry — <see cref="long"/> arguments in,
/// a <see cref="long"/> out — with no argument array and no boxing, and its result stays unboxed in the caller.
/// </summary>
internal static class IntFunctions
{
    /// <summary>Typed entries exist for these arities (one delegate type and one call helper each).</summary>
    public const int MaxArity = 4;

    // The compiler gives these names their keyword meaning before looking at script functions.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "print", "debug", "type_of", "Fn", "call", "curry", "is_def_fn", "is_def_var", "is_shared", "eval",
    };

    /// <summary>
    /// Start from every eligible function and drop any whose parameters do not stay INTs or whose result is not an
    /// INT, assuming the remaining ones return INTs (so recursion qualifies), until nothing changes.
    /// </summary>
    public static IReadOnlySet<(string Name, int Arity)> Find(IEnumerable<FunctionDef> definitions)
    {
        var candidates = definitions
            .Where(d => !d.IsClosure && d.ThisType is null && d.Parameters.Length is > 0 and <= MaxArity && !Keywords.Contains(d.Name))
            .ToDictionary(d => (d.Name, d.Parameters.Length));
        var set = new HashSet<(string Name, int Arity)>(candidates.Keys);
        bool changed;
        do
        {
            changed = false;
            foreach (var key in set.ToList())
            {
                if (!Qualifies(candidates[key], set))
                {
                    set.Remove(key);
                    changed = true;
                }
            }
        }
        while (changed);

        return set;
    }

    // Each round re-types a candidate from its binding (built once, cached): no round walks a body again.
    private static bool Qualifies(FunctionDef def, IReadOnlySet<(string Name, int Arity)> assumed)
    {
        var (parameters, _, types) = FunctionAnalysis.Of(def, [], assumeIntParameters: true, assumed);
        return parameters.TrueForAll(types.IntLocals.Contains) && types.ReturnsInt(def.Body.Statements);
    }
}
