using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RhaiSharp.Packages;

namespace RhaiSharp.DependencyInjection;

/// <summary>
/// Registers RhaiSharp with a service collection:
/// <code>
/// services.AddRhaiSharp(builder => builder
///     .AddPackage&lt;StandardPackage&gt;()                        // singleton catalog, built once
///     .AddPackage&lt;TenantPackage&gt;(ServiceLifetime.Scoped)     // built once per scope from the scope's services
///     .Configure(options => options with { MaxOperations = 1_000_000 }));
/// </code>
/// <list type="table">
/// <listheader><term>service</term><description>lifetime</description></listheader>
/// <item><term><see cref="Engine"/></term><description>transient, not disposable: a fresh engine over the scope's
/// catalog and the configured options; create one per call.</description></item>
/// <item><term>each package</term><description>singleton (default) or scoped, as registered.</description></item>
/// <item><term><see cref="EngineCatalog"/></term><description>singleton: the singleton packages' modules and the
/// options. With scoped packages, engines use a per-scope catalog built from it (so resolve engines from a scope).</description></item>
/// <item><term><c>IOptions&lt;EngineOptions&gt;</c></term><description>singleton: the options bound from configuration
/// (<c>AddOptions&lt;EngineOptions&gt;().Bind(section)</c>, if any), then changed by each
/// <see cref="IRhaiSharpBuilder.Configure"/>; read once, when first resolved.</description></item>
/// <item><term><see cref="IScriptCache"/></term><description>singleton: compiled scripts keyed by their text, shared
/// by every engine and scope (compiled code binds to function names and signatures, not to catalogs).</description></item>
/// </list>
/// Everything is added with <c>TryAdd</c>: calling <c>AddRhaiSharp</c> twice, or registering a service yourself first, is
/// harmless. Without DI, the same thing is <c>Engine.CreateRaw().RegisterGlobalModule(package.AsSharedModule())</c>.
/// </summary>
public static class RhaiSharpServiceCollectionExtensions
{
    /// <summary>Registers the engine services with no packages yet (add them on the returned builder).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for packages and options.</returns>
    public static IRhaiSharpBuilder AddRhaiSharp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(PackageRegistry) && !d.IsKeyedService)?.ImplementationInstance as PackageRegistry;
        if (registry is null)
        {
            registry = new PackageRegistry();
            services.AddSingleton(registry);
        }

        services.AddOptions<EngineOptions>();
        services.TryAddTransient<IOptionsFactory<EngineOptions>, EngineOptionsFactory>();
        services.TryAddSingleton<IScriptCache, ScriptCache>();
        services.TryAddSingleton(sp => new EngineCatalog(
            [.. registry.Packages.Where(p => p.Lifetime == ServiceLifetime.Singleton).Select(p => Resolve(sp, p.PackageType))],
            sp.GetRequiredService<IOptions<EngineOptions>>().Value));
        services.TryAddScoped(sp =>
        {
            var shared = sp.GetRequiredService<EngineCatalog>();
            var modules = new Module[registry.Packages.Count];
            var nextShared = 0;
            for (var i = 0; i < modules.Length; i++)
            {
                var (type, lifetime) = registry.Packages[i];
                modules[i] = lifetime == ServiceLifetime.Singleton ? shared.Modules[nextShared++] : Resolve(sp, type);
            }

            return new ScopedEngineCatalog(new EngineCatalog(modules, shared.Options));
        });
        services.TryAddTransient(sp => registry.HasScoped
            ? sp.GetRequiredService<ScopedEngineCatalog>().Catalog.CreateEngine()
            : sp.GetRequiredService<EngineCatalog>().CreateEngine());
        return new RhaiSharpBuilder(services, registry);
    }

    /// <summary>Registers the engine services and configures packages and options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds packages and configures options.</param>
    /// <returns>The builder, for further configuration.</returns>
    public static IRhaiSharpBuilder AddRhaiSharp(this IServiceCollection services, Action<IRhaiSharpBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddRhaiSharp();
        configure(builder);
        return builder;
    }

    private static Module Resolve(IServiceProvider services, Type packageType) =>
        ((Package)services.GetRequiredService(packageType)).AsSharedModule();
}
