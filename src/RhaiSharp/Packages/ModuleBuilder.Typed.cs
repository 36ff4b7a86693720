// Typed registration helpers for arities 0 to 5. Each wraps a typed delegate in a NativeInvoker without reflection.
namespace RhaiSharp.Packages;

public sealed partial class ModuleBuilder
{

    /// <summary>Registers a function of 0 parameter(s).</summary>
    internal ModuleBuilder Fn<TResult>(string name, Func<TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [], (c, a) => HostBinding.Widen(fn()), pure));

    /// <summary>Registers a function of 0 parameter(s) that needs the call context.</summary>
    internal ModuleBuilder FnCtx<TResult>(string name, Func<NativeCallContext, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [], (c, a) => HostBinding.Widen(fn(c)), pure));

    /// <summary>Registers a function of 1 parameter(s).</summary>
    internal ModuleBuilder Fn<T1, TResult>(string name, Func<T1, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1))], (c, a) => HostBinding.Widen(fn(HostBinding.FromScript<T1>(a[0]))), pure));

    /// <summary>Registers a function of 1 parameter(s) that needs the call context.</summary>
    internal ModuleBuilder FnCtx<T1, TResult>(string name, Func<NativeCallContext, T1, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1))], (c, a) => HostBinding.Widen(fn(c, HostBinding.FromScript<T1>(a[0]))), pure));

    /// <summary>Registers a function of 1 parameter(s) with no result.</summary>
    internal ModuleBuilder Action<T1>(string name, Action<T1> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1))], (c, a) => { fn(HostBinding.FromScript<T1>(a[0])); return null; }, pure));

    /// <summary>Registers a function of 1 parameter(s) with no result that needs the call context.</summary>
    internal ModuleBuilder ActionCtx<T1>(string name, Action<NativeCallContext, T1> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1))], (c, a) => { fn(c, HostBinding.FromScript<T1>(a[0])); return null; }, pure));

    /// <summary>Registers a function of 2 parameter(s).</summary>
    internal ModuleBuilder Fn<T1, T2, TResult>(string name, Func<T1, T2, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2))], (c, a) => HostBinding.Widen(fn(HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]))), pure));

    /// <summary>Registers a function of 2 parameter(s) that needs the call context.</summary>
    internal ModuleBuilder FnCtx<T1, T2, TResult>(string name, Func<NativeCallContext, T1, T2, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2))], (c, a) => HostBinding.Widen(fn(c, HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]))), pure));

    /// <summary>Registers a function of 2 parameter(s) with no result.</summary>
    internal ModuleBuilder Action<T1, T2>(string name, Action<T1, T2> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2))], (c, a) => { fn(HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1])); return null; }, pure));

    /// <summary>Registers a function of 2 parameter(s) with no result that needs the call context.</summary>
    internal ModuleBuilder ActionCtx<T1, T2>(string name, Action<NativeCallContext, T1, T2> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2))], (c, a) => { fn(c, HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1])); return null; }, pure));

    /// <summary>Registers a function of 3 parameter(s).</summary>
    internal ModuleBuilder Fn<T1, T2, T3, TResult>(string name, Func<T1, T2, T3, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3))], (c, a) => HostBinding.Widen(fn(HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]))), pure));

    /// <summary>Registers a function of 3 parameter(s) that needs the call context.</summary>
    internal ModuleBuilder FnCtx<T1, T2, T3, TResult>(string name, Func<NativeCallContext, T1, T2, T3, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3))], (c, a) => HostBinding.Widen(fn(c, HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]))), pure));

    /// <summary>Registers a function of 3 parameter(s) with no result.</summary>
    internal ModuleBuilder Action<T1, T2, T3>(string name, Action<T1, T2, T3> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3))], (c, a) => { fn(HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2])); return null; }, pure));

    /// <summary>Registers a function of 3 parameter(s) with no result that needs the call context.</summary>
    internal ModuleBuilder ActionCtx<T1, T2, T3>(string name, Action<NativeCallContext, T1, T2, T3> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3))], (c, a) => { fn(c, HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2])); return null; }, pure));

    /// <summary>Registers a function of 4 parameter(s).</summary>
    internal ModuleBuilder Fn<T1, T2, T3, T4, TResult>(string name, Func<T1, T2, T3, T4, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3)), HostBinding.ParameterType(typeof(T4))], (c, a) => HostBinding.Widen(fn(HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]), HostBinding.FromScript<T4>(a[3]))), pure));

    /// <summary>Registers a function of 4 parameter(s) that needs the call context.</summary>
    internal ModuleBuilder FnCtx<T1, T2, T3, T4, TResult>(string name, Func<NativeCallContext, T1, T2, T3, T4, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3)), HostBinding.ParameterType(typeof(T4))], (c, a) => HostBinding.Widen(fn(c, HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]), HostBinding.FromScript<T4>(a[3]))), pure));

    /// <summary>Registers a function of 4 parameter(s) with no result.</summary>
    internal ModuleBuilder Action<T1, T2, T3, T4>(string name, Action<T1, T2, T3, T4> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3)), HostBinding.ParameterType(typeof(T4))], (c, a) => { fn(HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]), HostBinding.FromScript<T4>(a[3])); return null; }, pure));

    /// <summary>Registers a function of 4 parameter(s) with no result that needs the call context.</summary>
    internal ModuleBuilder ActionCtx<T1, T2, T3, T4>(string name, Action<NativeCallContext, T1, T2, T3, T4> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3)), HostBinding.ParameterType(typeof(T4))], (c, a) => { fn(c, HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]), HostBinding.FromScript<T4>(a[3])); return null; }, pure));

    /// <summary>Registers a function of 5 parameter(s).</summary>
    internal ModuleBuilder Fn<T1, T2, T3, T4, T5, TResult>(string name, Func<T1, T2, T3, T4, T5, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3)), HostBinding.ParameterType(typeof(T4)), HostBinding.ParameterType(typeof(T5))], (c, a) => HostBinding.Widen(fn(HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]), HostBinding.FromScript<T4>(a[3]), HostBinding.FromScript<T5>(a[4]))), pure));

    /// <summary>Registers a function of 5 parameter(s) that needs the call context.</summary>
    internal ModuleBuilder FnCtx<T1, T2, T3, T4, T5, TResult>(string name, Func<NativeCallContext, T1, T2, T3, T4, T5, TResult> fn, bool pure = true) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3)), HostBinding.ParameterType(typeof(T4)), HostBinding.ParameterType(typeof(T5))], (c, a) => HostBinding.Widen(fn(c, HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]), HostBinding.FromScript<T4>(a[3]), HostBinding.FromScript<T5>(a[4]))), pure));

    /// <summary>Registers a function of 5 parameter(s) with no result.</summary>
    internal ModuleBuilder Action<T1, T2, T3, T4, T5>(string name, Action<T1, T2, T3, T4, T5> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3)), HostBinding.ParameterType(typeof(T4)), HostBinding.ParameterType(typeof(T5))], (c, a) => { fn(HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]), HostBinding.FromScript<T4>(a[3]), HostBinding.FromScript<T5>(a[4])); return null; }, pure));

    /// <summary>Registers a function of 5 parameter(s) with no result that needs the call context.</summary>
    internal ModuleBuilder ActionCtx<T1, T2, T3, T4, T5>(string name, Action<NativeCallContext, T1, T2, T3, T4, T5> fn, bool pure = false) =>
        Add(new NativeFunction(name, [HostBinding.ParameterType(typeof(T1)), HostBinding.ParameterType(typeof(T2)), HostBinding.ParameterType(typeof(T3)), HostBinding.ParameterType(typeof(T4)), HostBinding.ParameterType(typeof(T5))], (c, a) => { fn(c, HostBinding.FromScript<T1>(a[0]), HostBinding.FromScript<T2>(a[1]), HostBinding.FromScript<T3>(a[2]), HostBinding.FromScript<T4>(a[3]), HostBinding.FromScript<T5>(a[4])); return null; }, pure));
}
