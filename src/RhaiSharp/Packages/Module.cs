using System.Collections.Frozen;
using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <summary>
/// An immutable catalog of native functions, constants, iterators, custom type names and sub-modules
/// (Rhai's <c>Module</c>). Built once with a <see cref="ModuleBuilder"/>, then shared by any number of engines and threads.
/// </summary>
public sealed class Module
{
    private readonly FrozenDictionary<FunctionKey, NativeFunction[]> _functions;
    private readonly FrozenDictionary<string, int> _maxArityByName;

    internal Module(
        string? name,
        Dictionary<FunctionKey, List<NativeFunction>> functions,
        Dictionary<string, object?> variables,
        Dictionary<string, Module> subModules,
        Dictionary<Type, Func<object, IEnumerable<object?>>> iterators,
        Dictionary<Type, string> typeNames)
    {
        Name = name;
        _functions = functions.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _maxArityByName = functions.Keys.GroupBy(k => k.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Max(k => k.Arity), StringComparer.Ordinal);
        Variables = variables.ToFrozenDictionary(StringComparer.Ordinal);
        SubModules = subModules.ToFrozenDictionary(StringComparer.Ordinal);
        Iterators = iterators.ToFrozenDictionary();
        TypeNames = typeNames.ToFrozenDictionary();
    }

    /// <summary>An optional name, for diagnostics.</summary>
    public string? Name { get; }

    /// <summary>Number of native functions in this module (not counting sub-modules).</summary>
    public int FunctionCount => _functions.Values.Sum(f => f.Length);

    internal FrozenDictionary<string, object?> Variables { get; }

    internal FrozenDictionary<string, Module> SubModules { get; }

    internal FrozenDictionary<Type, Func<object, IEnumerable<object?>>> Iterators { get; }

    internal FrozenDictionary<Type, string> TypeNames { get; }

    internal IEnumerable<NativeFunction> AllFunctions => _functions.Values.SelectMany(f => f);

    internal NativeFunction[]? GetOverloads(string name, int arity) =>
        _functions.TryGetValue(new FunctionKey(name, arity), out var list) ? list : null;

    internal bool ContainsName(string name) => _maxArityByName.ContainsKey(name);

    /// <summary>Finds the best overload for the arguments, or null.</summary>
    internal NativeFunction? Resolve(string name, object?[] args)
    {
        var overloads = GetOverloads(name, args.Length);
        if (overloads is null)
        {
            return null;
        }

        NativeFunction? best = null;
        var bestScore = -1;
        foreach (var fn in overloads)
        {
            var score = fn.Match(args);
            if (score > bestScore)
            {
                best = fn;
                bestScore = score;
            }
        }

        return best;
    }
}
