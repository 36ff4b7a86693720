using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace RhaiSharp.DependencyInjection;

/// <summary>Compiled scripts shared by every engine of the application (a singleton).</summary>
public interface IScriptCache
{
    /// <summary>Returns the compiled form of <paramref name="script"/>, parsing it only the first time it is seen.</summary>
    /// <param name="script">The script text; it is also the cache key.</param>
    /// <returns>The shared <see cref="Ast"/> (it also caches its compiled delegates, whatever catalog runs it).</returns>
    /// <exception cref="ParseException">The script is not valid (not cached; the next call parses again).</exception>
    Ast GetOrCompile(string script);

    /// <summary>Number of cached scripts.</summary>
    int Count { get; }
}

/// <summary>The default <see cref="IScriptCache"/>: unbounded, keyed by script text, parses with the configured options.</summary>
internal sealed class ScriptCache(IOptions<EngineOptions> options) : IScriptCache
{
    private readonly ConcurrentDictionary<string, Lazy<Ast>> _scripts = new(StringComparer.Ordinal);
    private readonly Engine _parser = Engine.CreateRaw().WithOptions(options.Value);

    public int Count => _scripts.Count;

    public Ast GetOrCompile(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var entry = _scripts.GetOrAdd(script, s => new Lazy<Ast>(() => _parser.Compile(s), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch (ParseException)
        {
            _scripts.TryRemove(new KeyValuePair<string, Lazy<Ast>>(script, entry));
            throw;
        }
    }
}

internal static class EngineExtensions
{
    public static Engine WithOptions(this Engine engine, EngineOptions options)
    {
        engine.Options = options;
        return engine;
    }
}
