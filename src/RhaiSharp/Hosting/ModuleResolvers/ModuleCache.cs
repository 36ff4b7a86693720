using System.Collections.Concurrent;
using RhaiSharp.Packages;

namespace RhaiSharp.ModuleResolvers;

/// <summary>
/// Builds each module once per key, however many threads ask at once; a build that fails is not cached.
/// A module that (directly or not) imports itself is reported instead of recursing.
/// </summary>
internal sealed class ModuleCache(IEqualityComparer<string> comparer)
{
    private readonly ConcurrentDictionary<string, Lazy<Module>> _modules = new(comparer);

    public int Count => _modules.Count(kv => kv.Value.IsValueCreated);

    public bool Remove(string key) => _modules.TryRemove(key, out _);

    public void Clear() => _modules.Clear();

    public Module GetOrAdd(ModuleResolutionContext import, string key, string displayPath, Func<Module> build)
    {
        if (_modules.TryGetValue(key, out var existing) && existing.IsValueCreated)
        {
            return existing.Value;
        }

        // The import chain, not the thread, says what is being built: a module importing itself is found on it.
        if (import.IsBuilding(this, key))
        {
            throw new RuntimeException(RuntimeErrorKind.InModule, $"Cyclic import of module '{displayPath}'", import.Position);
        }

        import.Building = (this, key);

        var lazy = _modules.GetOrAdd(key, _ => new Lazy<Module>(build, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // Let the next import try again (the file may have been fixed); only this failed instance is removed.
            _modules.TryRemove(new KeyValuePair<string, Lazy<Module>>(key, lazy));
            throw;
        }
        finally
        {
            import.Building = null;
        }
    }
}
