using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <summary>
/// What a native (host or standard-library) function can see of the running script: the call's position,
/// the limits, and a way to call back into script function pointers. Implemented by the runtime.
/// </summary>
internal abstract class NativeCallContext
{
    /// <summary>The position of the call being executed.</summary>
    public abstract Position Position { get; }

    /// <summary>Calls a function pointer with the given arguments (curried arguments go first).</summary>
    public abstract object? CallFnPtr(FnPtr fn, object?[] args);

    /// <summary>Calls a function pointer with <c>this</c> bound to <paramref name="thisValue"/>.</summary>
    public abstract object? CallFnPtrWithThis(FnPtr fn, object? thisValue, object?[] args);

    /// <summary>
    /// Calls a callback the way Rhai's array functions do: a function of no parameters sees the item as <c>this</c>,
    /// one parameter gets the item, two get the item and its index.
    /// </summary>
    public abstract object? CallItemCallback(FnPtr fn, object? item, long index);

    /// <summary>The number of parameters a function pointer still takes (after its curried arguments), or null if unknown.</summary>
    public virtual int? ArityOf(FnPtr fn) => null;

    /// <summary>Calls a function pointer with <c>this</c> bound by reference: changes the callee makes to <c>this</c> come back.</summary>
    public virtual object? CallFnPtrWithThisRef(FnPtr fn, ref object? thisValue, object?[] args) => CallFnPtrWithThis(fn, thisValue, args);

    /// <summary>Calls a named function (script or native) with the given arguments, as if the script called it.</summary>
    public abstract object? CallFunction(string name, object?[] args);

    /// <summary>Rhai's <c>type_of</c> for a value, including registered custom type names.</summary>
    public abstract string TypeName(object? value);

    /// <summary>Rhai's <c>to_string</c>, including registered <c>to_string</c> of custom types.</summary>
    public abstract string ToDisplay(object? value);

    /// <summary>Rhai's <c>to_debug</c>, including registered <c>to_debug</c> of custom types.</summary>
    public abstract string ToDebug(object? value);

    /// <summary>Rhai's <c>==</c>, including registered <c>==</c> of custom types.</summary>
    public abstract bool ValuesEqual(object? left, object? right);

    /// <summary>Sends text to the host's print hook.</summary>
    public abstract void Print(string text);

    /// <summary>Sends text to the host's debug hook.</summary>
    public abstract void Debug(string text);

    /// <summary>Throws a data-too-large error if a string of this length breaks <c>MaxStringSize</c>.</summary>
    public abstract void CheckStringSize(long length);

    /// <summary>Throws a data-too-large error if an array or blob of this size breaks <c>MaxArraySize</c>.</summary>
    public abstract void CheckArraySize(long size);

    /// <summary>Whether <c>MaxArraySize</c> is set (0 means no limit): callers skip measuring when it is not.</summary>
    public abstract bool LimitsArraySize { get; }

    /// <summary>Throws a data-too-large error if a map of this size breaks <c>MaxMapSize</c>.</summary>
    public abstract void CheckMapSize(long size);

    /// <summary>Counts work done inside a long-running native function (operations limit, cancellation).</summary>
    public abstract void Tick(long operations = 1);

    /// <summary>
    /// Stops the run if it was cancelled or timed out, without counting an operation. Cheap (a flag and a clock read):
    /// native functions that can run long in one call (sorting, padding, building big values) call it every few
    /// thousand steps.
    /// </summary>
    public virtual void CheckInterrupt()
    {
    }
}
