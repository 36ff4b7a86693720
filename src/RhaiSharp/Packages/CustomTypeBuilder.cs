using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <summary>
/// Registers what scripts may do with a custom type <typeparamref name="T"/> (Rhai's <c>register_type_with_name</c>,
/// <c>register_get</c>, <c>register_set</c>, <c>register_indexer_get</c>, … and <c>register_fn</c> with <c>&amp;mut self</c>).
/// Nothing of <typeparamref name="T"/> is reachable from a script except what is registered here. Every registration goes
/// into the <see cref="ModuleBuilder"/> (or engine) that created this builder.
/// </summary>
/// <typeparam name="T">The .NET type. Classes are shared by reference; structs are values, changed through
/// <see cref="RefFunc{T, TResult}"/>/<see cref="RefAction{T}"/> methods and setters that write <c>this</c> back.</typeparam>
public sealed partial class CustomTypeBuilder<T>
{
    private readonly ModuleBuilder _module;

    internal CustomTypeBuilder(ModuleBuilder module, string name)
    {
        _module = module;
        Name = name;
    }

    /// <summary>The script-visible type name (<c>type_of</c>).</summary>
    public string Name { get; }

    /// <summary>Registers a read-only property <c>x.name</c>.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="name">The property name.</param>
    /// <param name="getter">Reads the property.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> WithGetter<TValue>(string name, Func<T, TValue> getter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(getter);
        _module.AddHost(PropertyNames.Getter(name), [typeof(T)],
            (c, a) => HostBinding.ToScript(getter(HostBinding.FromScript<T>(a[0]))), pure: true);
        return this;
    }

    /// <summary>Registers a property setter <c>x.name = value</c> that changes the object in place (classes).</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="name">The property name.</param>
    /// <param name="setter">Sets the property.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> WithSetter<TValue>(string name, Action<T, TValue> setter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(setter);
        _module.AddHost(PropertyNames.Setter(name), [typeof(T), HostBinding.ParameterType(typeof(TValue))], (c, a) =>
        {
            setter(HostBinding.FromScript<T>(a[0]), HostBinding.FromScript<TValue>(a[1]));
            return null;
        }, pure: false);
        return this;
    }

    /// <summary>Registers a property setter <c>x.name = value</c> taking <c>this</c> by reference (structs): the value
    /// left in <c>self</c> is written back.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="name">The property name.</param>
    /// <param name="setter">Sets the property.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> WithSetter<TValue>(string name, RefAction<T, TValue> setter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(setter);
        _module.AddHost(PropertyNames.Setter(name), [typeof(T), HostBinding.ParameterType(typeof(TValue))], (c, a) =>
        {
            var self = HostBinding.FromScript<T>(a[0]);
            setter(ref self, HostBinding.FromScript<TValue>(a[1]));
            a[0] = self;
            return null;
        }, pure: false);
        return this;
    }

    /// <summary>Registers a read-write property: a getter and an in-place setter.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="name">The property name.</param>
    /// <param name="getter">Reads the property.</param>
    /// <param name="setter">Sets the property.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> WithProperty<TValue>(string name, Func<T, TValue> getter, Action<T, TValue> setter) =>
        WithGetter(name, getter).WithSetter(name, setter);

    /// <summary>Registers a read-only indexer <c>x[index]</c> (Rhai's <c>register_indexer_get</c>). Several index types may be
    /// registered; a string indexer also serves <c>x.name</c> for properties without a getter.</summary>
    /// <typeparam name="TIndex">The index type.</typeparam>
    /// <typeparam name="TValue">The element type.</typeparam>
    /// <param name="get">Reads an element.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> WithIndexer<TIndex, TValue>(Func<T, TIndex, TValue> get)
    {
        ArgumentNullException.ThrowIfNull(get);
        _module.AddHost(PropertyNames.IndexGetter, [typeof(T), HostBinding.ParameterType(typeof(TIndex))],
            (c, a) => HostBinding.ToScript(get(HostBinding.FromScript<T>(a[0]), HostBinding.FromScript<TIndex>(a[1]))),
            pure: true);
        return this;
    }

    /// <summary>Registers a read-write indexer <c>x[index]</c> / <c>x[index] = value</c> that changes the object in place.</summary>
    /// <typeparam name="TIndex">The index type.</typeparam>
    /// <typeparam name="TValue">The element type.</typeparam>
    /// <param name="get">Reads an element.</param>
    /// <param name="set">Writes an element.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> WithIndexer<TIndex, TValue>(Func<T, TIndex, TValue> get, Action<T, TIndex, TValue> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        WithIndexer(get);
        _module.AddHost(PropertyNames.IndexSetter,
            [typeof(T), HostBinding.ParameterType(typeof(TIndex)), HostBinding.ParameterType(typeof(TValue))], (c, a) =>
            {
                set(HostBinding.FromScript<T>(a[0]), HostBinding.FromScript<TIndex>(a[1]), HostBinding.FromScript<TValue>(a[2]));
                return null;
            }, pure: false);
        return this;
    }

    /// <summary>Registers a read-write indexer whose setter takes <c>this</c> by reference (structs).</summary>
    /// <typeparam name="TIndex">The index type.</typeparam>
    /// <typeparam name="TValue">The element type.</typeparam>
    /// <param name="get">Reads an element.</param>
    /// <param name="set">Writes an element; the value left in <c>self</c> is written back.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> WithIndexer<TIndex, TValue>(Func<T, TIndex, TValue> get, RefAction<T, TIndex, TValue> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        WithIndexer(get);
        _module.AddHost(PropertyNames.IndexSetter,
            [typeof(T), HostBinding.ParameterType(typeof(TIndex)), HostBinding.ParameterType(typeof(TValue))], (c, a) =>
            {
                var self = HostBinding.FromScript<T>(a[0]);
                set(ref self, HostBinding.FromScript<TIndex>(a[1]), HostBinding.FromScript<TValue>(a[2]));
                a[0] = self;
                return null;
            }, pure: false);
        return this;
    }

    /// <summary>Registers how <c>for item in x</c> iterates values of this type; items convert like function results.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="iterate">Lists the items.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> WithIterator<TItem>(Func<T, IEnumerable<TItem>> iterate)
    {
        ArgumentNullException.ThrowIfNull(iterate);
        _module.Iterator(typeof(T), value => Items(iterate((T)value)));
        return this;
    }

    /// <summary>Sets how <c>to_string</c>, <c>print</c>, string interpolation and concatenation show values of this type.</summary>
    /// <param name="format">Formats a value.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> OnToString(Func<T, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        _module.AddHost("to_string", [typeof(T)], (c, a) => format(HostBinding.FromScript<T>(a[0])), pure: true);
        return this;
    }

    /// <summary>Sets how <c>to_debug</c> and <c>debug</c> show values of this type (defaults to <see cref="OnToString"/>).</summary>
    /// <param name="format">Formats a value.</param>
    /// <returns>This type builder.</returns>
    public CustomTypeBuilder<T> OnToDebug(Func<T, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        _module.AddHost("to_debug", [typeof(T)], (c, a) => format(HostBinding.FromScript<T>(a[0])), pure: true);
        return this;
    }

    private static IEnumerable<object?> Items<TItem>(IEnumerable<TItem> items)
    {
        foreach (var item in items)
        {
            yield return HostBinding.ToScript(item);
        }
    }
}
