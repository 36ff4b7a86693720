using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RhaiSharp.Packages;
using RhaiSharp.Packages.Standard;

namespace RhaiSharp.DependencyInjection;

/// <summary>Groups the registration of packages and options; returned by <c>AddRhaiSharp</c>.</summary>
public interface IRhaiSharpBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// Registers a package type. Singleton (the default): created once by the container (constructor-injected with
    /// singletons only) and its module built once for the application. Scoped: created once per scope from that scope's
    /// services (a tenant, the current user), so its functions see them; engines then come from a per-scope catalog.
    /// Registering the same package type twice is harmless (the first registration wins).
    /// <see cref="StandardPackage"/> always resolves to <see cref="StandardPackage.Instance"/>.
    /// </summary>
    /// <typeparam name="TPackage">The package type.</typeparam>
    /// <param name="lifetime"><see cref="ServiceLifetime.Singleton"/> or <see cref="ServiceLifetime.Scoped"/>.</param>
    /// <returns>This builder.</returns>
    IRhaiSharpBuilder AddPackage<TPackage>(ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where TPackage : Package;

    /// <summary>Registers a package created by a factory (for example from configuration), singleton or scoped.</summary>
    /// <typeparam name="TPackage">The package type (the service type it is registered as).</typeparam>
    /// <param name="factory">Creates the package from the container (the scope's services when scoped).</param>
    /// <param name="lifetime"><see cref="ServiceLifetime.Singleton"/> or <see cref="ServiceLifetime.Scoped"/>.</param>
    /// <returns>This builder.</returns>
    IRhaiSharpBuilder AddPackage<TPackage>(Func<IServiceProvider, TPackage> factory, ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where TPackage : Package;

    /// <summary>Registers an existing package instance (a singleton).</summary>
    /// <typeparam name="TPackage">The package type.</typeparam>
    /// <param name="package">The package.</param>
    /// <returns>This builder.</returns>
    IRhaiSharpBuilder AddPackage<TPackage>(TPackage package)
        where TPackage : Package;

    /// <summary>
    /// Changes the engines' options: <c>Configure(o =&gt; o with { MaxOperations = 1_000_000 })</c>. Changes apply in
    /// registration order, after configuration binding (<c>AddOptions&lt;EngineOptions&gt;().Bind(section)</c>).
    /// </summary>
    /// <param name="configure">Returns the changed options (a copy made with <c>with</c>).</param>
    /// <returns>This builder.</returns>
    IRhaiSharpBuilder Configure(Func<EngineOptions, EngineOptions> configure);
}

internal sealed class RhaiSharpBuilder(IServiceCollection services, PackageRegistry registry) : IRhaiSharpBuilder
{
    public IServiceCollection Services { get; } = services;

    public IRhaiSharpBuilder AddPackage<TPackage>(ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where TPackage : Package
    {
        if (typeof(TPackage) == typeof(StandardPackage))
        {
            return Register(typeof(TPackage), ServiceLifetime.Singleton, ServiceDescriptor.Singleton(typeof(TPackage), StandardPackage.Instance));
        }

        return Register(typeof(TPackage), lifetime, ServiceDescriptor.Describe(typeof(TPackage), typeof(TPackage), lifetime));
    }

    public IRhaiSharpBuilder AddPackage<TPackage>(Func<IServiceProvider, TPackage> factory, ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where TPackage : Package
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Register(typeof(TPackage), lifetime, ServiceDescriptor.Describe(typeof(TPackage), factory, lifetime));
    }

    public IRhaiSharpBuilder AddPackage<TPackage>(TPackage package)
        where TPackage : Package
    {
        ArgumentNullException.ThrowIfNull(package);
        return Register(typeof(TPackage), ServiceLifetime.Singleton, ServiceDescriptor.Singleton(typeof(TPackage), package));
    }

    public IRhaiSharpBuilder Configure(Func<EngineOptions, EngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.AddSingleton(new EngineOptionsChange(configure));
        return this;
    }

    private RhaiSharpBuilder Register(Type packageType, ServiceLifetime lifetime, ServiceDescriptor descriptor)
    {
        if (lifetime is not (ServiceLifetime.Singleton or ServiceLifetime.Scoped))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A package is an immutable catalog: singleton, or scoped when it needs scoped services.");
        }

        if (registry.Packages.Exists(p => p.PackageType == packageType))
        {
            return this;
        }

        Services.TryAdd(descriptor);
        // A registration the user made before wins, and decides the lifetime.
        var actual = Services.First(d => d.ServiceType == packageType && !d.IsKeyedService).Lifetime;
        registry.Packages.Add((packageType, actual == ServiceLifetime.Scoped ? ServiceLifetime.Scoped : ServiceLifetime.Singleton));
        return this;
    }
}
