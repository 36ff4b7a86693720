using RhaiSharp.Packages;

namespace RhaiSharp.ModuleResolvers;

/// <summary>Tries several resolvers in order; the first that has the module wins (Rhai's <c>ModuleResolversCollection</c>).</summary>
public sealed class ModuleResolversCollection : IModuleResolver
{
    private readonly List<IModuleResolver> _resolvers = [];

    /// <summary>Creates a collection of the given resolvers, tried in this order.</summary>
    public ModuleResolversCollection(params IModuleResolver[] resolvers)
    {
        foreach (var r in resolvers)
        {
            Add(r);
        }
    }

    /// <summary>Appends a resolver (tried after those already added). Configure before use.</summary>
    public ModuleResolversCollection Add(IModuleResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers.Add(resolver);
        return this;
    }

    /// <summary>Number of resolvers.</summary>
    public int Count => _resolvers.Count;

    /// <inheritdoc/>
    public Module? Resolve(ModuleResolutionContext context, string path, Position position)
    {
        foreach (var resolver in _resolvers)
        {
            if (resolver.Resolve(context, path, position) is { } module)
            {
                return module;
            }
        }

        return null;
    }
}
