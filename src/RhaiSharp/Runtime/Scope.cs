using RhaiSharp.Values;

namespace RhaiSharp;

/// <summary>
/// Variables a host hands to a script (Rhai's <c>Scope</c>). Top-level <c>let</c>s of a script run with a scope are
/// added to it, in order. A scope may contain the same name twice (shadowing); lookups find the latest.
/// Not thread-safe: use one scope per run.
/// </summary>
public sealed class Scope
{
    private readonly List<Entry> _entries = [];

    /// <summary>Number of variables (counting shadowed ones).</summary>
    public int Count => _entries.Count;

    /// <summary>Names of the variables, oldest first.</summary>
    public IEnumerable<string> Names => _entries.Select(e => e.Name);

    /// <summary>Adds a variable.</summary>
    public Scope Push(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        _entries.Add(new Entry(name, HostConversion.FromHost(value), false));
        return this;
    }

    /// <summary>Adds a constant: scripts cannot assign it.</summary>
    public Scope PushConstant(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        _entries.Add(new Entry(name, HostConversion.FromHost(value), true));
        return this;
    }

    /// <summary>True when a variable of that name exists.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>True when the latest variable of that name is a constant.</summary>
    public bool IsConstant(string name) => IndexOf(name) is var i and >= 0 && _entries[i].IsConstant;

    /// <summary>Reads a variable converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such variable.</exception>
    /// <exception cref="ScriptException">The value cannot be converted to <typeparamref name="T"/>.</exception>
    public T Get<T>(string name)
    {
        var i = IndexOf(name);
        if (i < 0)
        {
            throw new KeyNotFoundException($"Variable '{name}' is not in the scope");
        }

        var value = _entries[i].Value;
        if (HostConversion.TryToHost<T>(value, out var result))
        {
            return result;
        }

        throw new RuntimeException(
            RuntimeErrorKind.MismatchOutputType,
            $"Variable '{name}' is {TypeNames.OfBuiltIn(value) ?? value?.GetType().Name}, not {typeof(T).Name}",
            Position.None);
    }

    /// <summary>Sets the latest variable of that name, or adds it.</summary>
    public Scope Set(string name, object? value)
    {
        var i = IndexOf(name);
        if (i < 0)
        {
            return Push(name, value);
        }

        if (_entries[i].IsConstant)
        {
            throw new RuntimeException(RuntimeErrorKind.AssignmentToConstant, $"Cannot modify constant '{name}'", Position.None);
        }

        _entries[i] = _entries[i] with { Value = HostConversion.FromHost(value) };
        return this;
    }

    /// <summary>Removes every variable.</summary>
    public void Clear() => _entries.Clear();

    internal int IndexOf(string name)
    {
        // Newest first: a shadowing variable wins. Host names are usually literals, so the reference check often hits.
        var entries = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries);
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            var entryName = entries[i].Name;
            if (ReferenceEquals(entryName, name) || string.Equals(entryName, name))
            {
                return i;
            }
        }

        return -1;
    }

    internal object? GetRaw(int index) => _entries[index].Value;

    internal bool IsConstantAt(int index) => _entries[index].IsConstant;

    internal void SetRaw(int index, object? value) => _entries[index] = _entries[index] with { Value = value };

    internal void PushRaw(string name, object? value, bool isConstant) => _entries.Add(new Entry(name, value, isConstant));

    internal IEnumerable<(string Name, bool IsConstant)> Declarations => _entries.Select(e => (e.Name, e.IsConstant));

    private readonly record struct Entry(string Name, object? Value, bool IsConstant);
}
