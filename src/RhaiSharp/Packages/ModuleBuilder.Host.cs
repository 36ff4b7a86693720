using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <remarks>
/// <para><b>How host types map to script values.</b> Parameters of type <see cref="long"/>, <see cref="int"/>,
/// <see cref="short"/>, <see cref="byte"/>, <see cref="sbyte"/>, <see cref="ushort"/> and <see cref="uint"/> accept INT
/// (overflow is an error); <see cref="double"/>, <see cref="float"/> and <see cref="decimal"/> accept FLOAT;
/// <see cref="bool"/>, <see cref="char"/> and <see cref="string"/> their script types; <c>List&lt;object?&gt;</c> an
/// array, <c>SortedDictionary&lt;string, object?&gt;</c> an object map, <c>List&lt;byte&gt;</c> a BLOB, <see cref="object"/>
/// any value (<see langword="null"/> is <c>()</c>), and any other type exactly the .NET objects of that type (custom
/// types). Results convert the other way: small integers widen to INT, <see cref="float"/> and <see cref="decimal"/> become
/// FLOAT, host lists and dictionaries are copied into arrays and maps, anything else is passed as is.</para>
/// <para><b>Errors.</b> A registered function fails the script's call by throwing <see cref="RuntimeException"/> (for
/// example <c>new RuntimeException(RuntimeErrorKind.Runtime, "bad order", Position.None)</c>) or any other
/// <see cref="ScriptException"/>: the script can catch it with <c>try</c>/<c>catch</c>, and the position is the call's.
/// Other exceptions are reported as runtime errors too.</para>
/// <para><b>Nothing is reflected.</b> A script sees only what was registered: no members, no <c>GetType</c>.</para>
/// </remarks>
public sealed partial class ModuleBuilder
{
    /// <summary>Incremented on every change, so an engine knows when to rebuild its own module.</summary>
    internal int Version { get; private set; }

    internal void Touch() => Version++;

    /// <summary>Registers a host function (public API): validates the name; what it throws is translated where it is called.</summary>
    internal ModuleBuilder AddHost(string name, Type[] parameterTypes, NativeInvoker invoke, bool pure)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Add(new NativeFunction(name, parameterTypes, invoke, pure));
    }

    /// <summary>Adds every function, variable, iterator and type name of a package's shared module.</summary>
    /// <param name="package">The package to aggregate; its module is built (once) if it was not yet.</param>
    /// <returns>This builder.</returns>
    public ModuleBuilder Combine(Package package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return Combine(package.AsSharedModule());
    }

    /// <summary>
    /// Registers <typeparamref name="T"/> as a custom type named <paramref name="name"/> (what <c>type_of</c> returns) and
    /// returns a builder for its getters, setters, indexers, methods, iterator and formatting.
    /// </summary>
    /// <typeparam name="T">The .NET type; values of exactly this type get the name.</typeparam>
    /// <param name="name">The script-visible type name.</param>
    /// <returns>A builder that registers into this module builder.</returns>
    public CustomTypeBuilder<T> RegisterType<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        TypeName(typeof(T), name);
        return new CustomTypeBuilder<T>(this, name);
    }

    /// <summary>
    /// Binds <typeparamref name="T"/> with no glue: its public instance properties and fields become script properties
    /// (read-only unless <paramref name="writable"/>), named by <paramref name="naming"/> (<c>UnitPrice</c> →
    /// <c>unit_price</c> by default), and the types they hold are bound the same way (<c>order.customer.tier</c>,
    /// <c>order.lines[0].sku</c>). Members with <see cref="RhaiIgnoreAttribute"/> are left out, and
    /// <see cref="RhaiNameAttribute"/> renames one. Each type's script name is its .NET name. Accessors are compiled
    /// once, when registered. Register more with <see cref="RegisterType{T}(string)"/> for methods and indexers.
    /// </summary>
    /// <typeparam name="T">The root type (a record, class or struct).</typeparam>
    /// <param name="naming">How member names become script names.</param>
    /// <param name="writable">Whether settable members of classes can be assigned from scripts.</param>
    /// <returns>This builder.</returns>
    public ModuleBuilder RegisterType<T>(MemberNaming naming = MemberNaming.SnakeCase, bool writable = false)
    {
        MemberBinding.Bind(this, typeof(T), typeof(T).Name, naming, writable, []);
        return this;
    }

    /// <summary>Registers a custom type and configures it in one call.</summary>
    /// <typeparam name="T">The .NET type.</typeparam>
    /// <param name="name">The script-visible type name.</param>
    /// <param name="configure">Registers the type's members.</param>
    /// <returns>This builder.</returns>
    public ModuleBuilder RegisterType<T>(string name, Action<CustomTypeBuilder<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(RegisterType<T>(name));
        return this;
    }
}
