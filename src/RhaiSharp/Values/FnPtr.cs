using System.Collections.Immutable;

namespace RhaiSharp.Values;

/// <summary>
/// A function pointer: a function name, optional curried arguments, and for closures the captured cells
/// and the script function they belong to. Immutable.
/// </summary>
internal sealed class FnPtr(string name, ImmutableArray<object?> curried, object? target = null, SharedCell[]? captured = null) : IEquatable<FnPtr>
{
    public FnPtr(string name)
        : this(name, ImmutableArray<object?>.Empty)
    {
    }

    public string Name { get; } = name;

    public ImmutableArray<object?> Curried { get; } = curried.IsDefault ? ImmutableArray<object?>.Empty : curried;

    /// <summary>For closures and resolved script functions: the function to call (owned by the compiler). Null: resolve by name.</summary>
    public object? Target { get; } = target;

    /// <summary>For closures: the captured variables.</summary>
    public SharedCell[]? Captured { get; } = captured;

    public bool IsAnonymous => Name.StartsWith(AnonymousPrefix, StringComparison.Ordinal);

    public const string AnonymousPrefix = "anon$";

    public FnPtr WithCurried(IEnumerable<object?> extra) => new(Name, Curried.AddRange(extra), Target, Captured);

    public bool Equals(FnPtr? other) => other is not null && ValueEqualityComparer.AreEqual(this, other);

    /// <summary>Same function, target and number of curried arguments (the arguments themselves are compared by the caller).</summary>
    internal bool SameFunction(FnPtr other) =>
        Name == other.Name && ReferenceEquals(Target, other.Target) && Curried.Length == other.Curried.Length;

    public override bool Equals(object? obj) => Equals(obj as FnPtr);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}
