namespace RhaiSharp.Packages.Standard;

/// <summary>
/// Everything <c>new Engine()</c> loads (Rhai's <c>StandardPackage</c>): core language functions, arithmetic, logic, math,
/// strings, arrays, maps, blobs, time, iterators, function pointers and bit fields.
/// </summary>
public sealed class StandardPackage : Package
{
    /// <summary>The shared instance.</summary>
    public static StandardPackage Instance { get; } = new();

    /// <inheritdoc />
    protected override void Register(ModuleBuilder builder)
    {
        StandardLibrary.RegisterAll(builder);
    }
}
