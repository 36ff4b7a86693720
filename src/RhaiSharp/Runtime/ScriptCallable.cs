using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary><c>this</c> passed by reference to a method: the callee may replace the value; the caller writes it back.</summary>
internal sealed class ThisRef(object? value)
{
    public object? Value = value;
}

/// <summary>A script function or closure as the runtime calls it. Implemented by the compiler.</summary>
internal abstract class ScriptCallable
{
    public abstract string Name { get; }

    /// <summary>How the function appears in an error's call stack.</summary>
    public virtual string FrameName => Name;

    public abstract int Arity { get; }

    /// <summary>Calls the function: <paramref name="args"/> are already copied, <paramref name="self"/> is null unless called as a method.</summary>
    public abstract object? Invoke(RunContext context, object?[] args, SharedCell[]? captured, ThisRef? self, Position callPosition);
}

/// <summary>The script functions of a compiled script, by name and arity.</summary>
internal interface IScriptFunctionTable
{
    ScriptCallable? Find(string name, int arity);

    bool HasName(string name);
}
