using Microsoft.Extensions.DependencyInjection;
using RhaiSharp.Packages;

namespace RhaiSharp.DependencyInjection;

/// <summary>
/// The frozen list of registered package modules plus the engine options: everything an <see cref="Engine"/> resolved
/// from the container carries. A singleton when every package is a singleton; per scope (wrapping the singleton
/// modules) when some package is scoped. Creating an engine from it copies no catalog and compiles nothing.
/// </summary>
public sealed class EngineCatalog
{
    internal EngineCatalog(Module[] modules, EngineOptions options)
    {
        Modules = modules;
        Options = options;
    }

    /// <summary>The package modules, in registration order (later ones take precedence).</summary>
    public IReadOnlyList<Module> Modules { get; }

    /// <summary>The options every engine is created with.</summary>
    public EngineOptions Options { get; }

    /// <summary>Creates a fresh engine over these modules and options (what resolving <see cref="Engine"/> does).</summary>
    /// <returns>A new engine; it needs no disposal.</returns>
    public Engine CreateEngine()
    {
        var engine = Engine.CreateRaw();
        foreach (var module in Modules)
        {
            engine.RegisterGlobalModule(module);
        }

        engine.Options = Options;
        return engine;
    }
}

/// <summary>The per-scope catalog used when a package is scoped (kept apart so its lifetime can differ).</summary>
internal sealed class ScopedEngineCatalog(EngineCatalog catalog)
{
    public EngineCatalog Catalog { get; } = catalog;
}

/// <summary>What was registered, in order. Filled while registering, read-only once the container is built.</summary>
internal sealed class PackageRegistry
{
    public List<(Type PackageType, ServiceLifetime Lifetime)> Packages { get; } = [];

    public bool HasScoped => Packages.Exists(p => p.Lifetime == ServiceLifetime.Scoped);
}
