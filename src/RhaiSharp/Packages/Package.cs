namespace RhaiSharp.Packages;

/// <summary>
/// A named, shareable function catalog (Rhai's <c>Package</c> / <c>def_package!</c>). The module is built once,
/// lazily and thread-safely, on first use; every engine that registers the package shares that one module.
/// </summary>
/// <remarks>
/// Write a package by overriding <see cref="Register"/>. A package aggregates others by combining their shared modules
/// first (later registrations replace earlier ones with the same signature), so the result is one flat, frozen catalog:
/// <code>
/// public sealed class PricingPackage : Package
/// {
///     public static PricingPackage Instance { get; } = new();
///
///     protected override void Register(ModuleBuilder builder) => builder
///         .Combine(StandardPackage.Instance.AsSharedModule())   // everything new Engine() has
///         .SetNativeFn("vat", (decimal amount) => amount * 0.2m)
///         .RegisterType&lt;Order&gt;("Order", t => t.WithGetter("total", o => o.Total));
/// }
///
/// var engine = Engine.CreateRaw().RegisterGlobalModule(PricingPackage.Instance.AsSharedModule());
/// </code>
/// A package whose functions need per-request services (a tenant, the current user) takes them in its constructor and
/// is created per request (see RhaiSharp.DependencyInjection); its module is still built only once per instance.
/// </remarks>
public abstract class Package
{
    private readonly Lazy<Module> _module;

    /// <summary>Creates the package; its module is built on first use.</summary>
    protected Package()
    {
        _module = new Lazy<Module>(BuildModule, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The shared, immutable module of this package.</summary>
    public Module AsSharedModule() => _module.Value;

    /// <summary>Registers this package's functions. Called once.</summary>
    /// <param name="builder">The builder of this package's module.</param>
    protected abstract void Register(ModuleBuilder builder);

    private Module BuildModule()
    {
        var builder = new ModuleBuilder(GetType().Name);
        Register(builder);
        return builder.Build();
    }
}
