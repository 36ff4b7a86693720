using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;
using RhaiSharp.Syntax;

namespace RhaiSharp.Runtime;

/// <summary>
/// What one engine contributes to a run: its registered modules, limits, language options and hooks. Built by the engine and read
/// (never written) by running code, so one environment can serve concurrent runs.
/// </summary>
internal sealed class RuntimeEnvironment(
    Module[] globalModules,
    IReadOnlyDictionary<string, Module> staticModules,
    RuntimeLimits limits,
    ParseOptions parsing,
    Action<string>? onPrint,
    Action<string, string?, Position>? onDebug)
{
    /// <summary>Global modules, searched last-registered first.</summary>
    public Module[] GlobalModules { get; } = globalModules;

    public IReadOnlyDictionary<string, Module> StaticModules { get; } = staticModules;

    public RuntimeLimits Limits { get; } = limits;

    /// <summary>How code this run parses (<c>eval</c>, imported modules) is parsed: the engine's language options and literal limits.</summary>
    public ParseOptions Parsing { get; } = parsing;

    public LanguageOptions Language => Parsing.Language;

    public Action<string>? OnPrint { get; } = onPrint;

    public Action<string, string?, Position>? OnDebug { get; } = onDebug;

    /// <summary>Compiles and runs <c>eval</c> code and module scripts (set by the engine: the runtime cannot compile).</summary>
    public IScriptLoader? Loader { get; init; }

    /// <summary>Resolves the paths of <c>import</c> statements; null when the engine has no resolver (nothing can be imported).</summary>
    public IModuleResolver? ModuleResolver { get; init; }

    /// <summary>A copy of this environment that resolves imports through <paramref name="resolver"/>.</summary>
    public RuntimeEnvironment WithModuleResolver(IModuleResolver resolver) =>
        new(GlobalModules, StaticModules, Limits, Parsing, OnPrint, OnDebug) { Loader = Loader, ModuleResolver = resolver, OnProgress = OnProgress };

    /// <summary>Rhai's <c>on_progress</c>: called with the operation count; a non-null result terminates the run.</summary>
    public Func<long, object?>? OnProgress { get; init; }

    // Property getters by target type: a getter is chosen by the one argument's type alone, so each (type, property)
    // is resolved once per environment (which is rebuilt whenever the engine's registrations change). Only getters
    // found are kept, so the cache is bounded by what was registered, whatever names scripts (or eval) make up.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Type Type, string Property), NativeFunction> _getters = new();

    /// <summary>The registered getter of <paramref name="property"/> for <paramref name="target"/>'s type, or null.</summary>
    public NativeFunction? ResolveGetter(object target, string property)
    {
        var key = (target.GetType(), property);
        if (_getters.TryGetValue(key, out var known))
        {
            return known;
        }

        var found = ResolveFunction(PropertyNames.Getter(property), [target]);
        return found is null ? null : _getters.GetOrAdd(key, found);
    }

    public NativeFunction? ResolveFunction(string name, object?[] args)
    {
        for (var i = GlobalModules.Length - 1; i >= 0; i--)
        {
            var fn = GlobalModules[i].Resolve(name, args);
            if (fn is not null)
            {
                return fn;
            }
        }

        return null;
    }

    public bool HasFunction(string name, int arity)
    {
        foreach (var m in GlobalModules)
        {
            if (m.GetOverloads(name, arity) is not null)
            {
                return true;
            }
        }

        return false;
    }

    public Func<object, IEnumerable<object?>>? ResolveIterator(Type type)
    {
        for (var i = GlobalModules.Length - 1; i >= 0; i--)
        {
            if (GlobalModules[i].Iterators.TryGetValue(type, out var it))
            {
                return it;
            }
        }

        return null;
    }

    public string? CustomTypeName(Type type)
    {
        for (var i = GlobalModules.Length - 1; i >= 0; i--)
        {
            if (GlobalModules[i].TypeNames.TryGetValue(type, out var name))
            {
                return name;
            }
        }

        return null;
    }
}
