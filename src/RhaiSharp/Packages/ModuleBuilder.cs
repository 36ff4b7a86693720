using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <summary>Builds an immutable <see cref="Module"/>. Not thread-safe; the module it builds is.</summary>
public sealed partial class ModuleBuilder
{
    private readonly Dictionary<FunctionKey, List<NativeFunction>> _functions = [];
    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Module> _subModules = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, Func<object, IEnumerable<object?>>> _iterators = [];
    private readonly Dictionary<Type, string> _typeNames = [];
    private readonly string? _name;

    /// <summary>Creates a builder.</summary>
    /// <param name="name">An optional name for diagnostics.</param>
    public ModuleBuilder(string? name = null)
    {
        _name = name;
    }

    /// <summary>Freezes everything registered so far into a new immutable module.</summary>
    public Module Build() => new(_name, _functions, _variables, _subModules, _iterators, _typeNames);

    /// <summary>Adds every function, variable, iterator and type name of another module (later registrations win).</summary>
    public ModuleBuilder Combine(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        foreach (var fn in module.AllFunctions)
        {
            Add(fn);
        }

        foreach (var (k, v) in module.Variables)
        {
            _variables[k] = v;
        }

        foreach (var (k, v) in module.Iterators)
        {
            _iterators[k] = v;
        }

        foreach (var (k, v) in module.TypeNames)
        {
            _typeNames[k] = v;
        }

        foreach (var (k, v) in module.SubModules)
        {
            _subModules[k] = v;
        }

        Touch();
        return this;
    }

    /// <summary>Adds a constant visible as <c>module::NAME</c>.</summary>
    public ModuleBuilder SetVariable(string name, object? value)
    {
        _variables[name] = value;
        Touch();
        return this;
    }

    /// <summary>Adds a sub-module visible as <c>module::sub::…</c>.</summary>
    public ModuleBuilder SetSubModule(string name, Module module)
    {
        _subModules[name] = module;
        Touch();
        return this;
    }

    internal ModuleBuilder Add(NativeFunction fn)
    {
        var key = new FunctionKey(fn.Name, fn.Arity);
        if (!_functions.TryGetValue(key, out var list))
        {
            _functions[key] = list = [];
        }

        // A later registration with the same signature replaces the earlier one.
        list.RemoveAll(f => f.ParameterTypes.AsSpan().SequenceEqual(fn.ParameterTypes));
        list.Add(fn);
        Touch();
        return this;
    }

    /// <summary>Registers a raw function over script values.</summary>
    internal ModuleBuilder Raw(string name, Type[] parameterTypes, NativeInvoker invoke, bool pure = true) =>
        Add(new NativeFunction(name, parameterTypes, invoke, pure));

    /// <summary>Registers a property getter <c>x.name</c> (Rhai names it <c>get$name</c>).</summary>
    internal ModuleBuilder Getter<T, TResult>(string name, Func<T, TResult> getter) =>
        Fn(PropertyNames.Getter(name), getter);

    /// <summary>Registers a property setter <c>x.name = v</c> (Rhai names it <c>set$name</c>).</summary>
    internal ModuleBuilder Setter<T, TValue>(string name, Action<T, TValue> setter) =>
        Action(PropertyNames.Setter(name), setter, pure: false);

    /// <summary>Registers how a <c>for</c> loop iterates values of a type.</summary>
    internal ModuleBuilder Iterator(Type type, Func<object, IEnumerable<object?>> iterate)
    {
        _iterators[type] = iterate;
        Touch();
        return this;
    }

    /// <summary>Sets the name <c>type_of</c> reports for a host type.</summary>
    internal ModuleBuilder TypeName(Type type, string name)
    {
        _typeNames[type] = name;
        Touch();
        return this;
    }
}
