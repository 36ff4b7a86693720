using System.Collections.Concurrent;
using RhaiSharp.Packages;

namespace RhaiSharp.ModuleResolvers;

/// <summary>
/// An in-memory resolver (Rhai's <c>StaticModuleResolver</c>): import paths are names of modules added with
/// <see cref="Add(string, Module)"/>, or of script texts added with <see cref="AddScript"/>. A script is turned into a
/// module once, the first time it is imported (by the engine importing it); that module is reused afterwards.
/// Configure it before use; resolving is thread-safe.
/// </summary>
public sealed class StaticModuleResolver : IModuleResolver
{
    private readonly ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);
    private readonly ModuleCache _cache = new(StringComparer.Ordinal);

    /// <summary>Adds (or replaces) a module under <paramref name="path"/>.</summary>
    public StaticModuleResolver Add(string path, Module module)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(module);
        return Put(path, module);
    }

    /// <summary>Adds (or replaces) a module script under <paramref name="path"/>; it is compiled and run when first imported.</summary>
    public StaticModuleResolver AddScript(string path, string script)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(script);
        return Put(path, script);
    }

    // A replaced entry's module, if it was already built from a script, must not be served any more.
    private StaticModuleResolver Put(string path, object entry)
    {
        _entries[path] = entry;
        _cache.Remove(path);
        return this;
    }

    /// <summary>Whether a module or script is registered under <paramref name="path"/>.</summary>
    public bool Contains(string path) => _entries.ContainsKey(path);

    /// <inheritdoc/>
    public Module? Resolve(ModuleResolutionContext context, string path, Position position)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(path);
        return _entries.TryGetValue(path, out var entry)
            ? entry as Module ?? _cache.GetOrAdd(context, path, path, () => context.EvalAstAsModule(context.Compile((string)entry), path))
            : null;
    }
}
