namespace RulesEngine.Packages;

/// <summary>
/// A named, shareable function catalog (Rhai's <c>Package</c> / <c>def_package!</c>). The module is built once,
/// lazily and thread-safely, on first use; every engine that registers the package shares that one module.
/// </summary>
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
