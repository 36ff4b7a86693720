using RhaiSharp.Packages;
using RhaiSharp.Packages.Standard;
using RhaiSharp.Values;

namespace RhaiSharp.Tests.Packages.Standard;

/// <summary>
/// Calls standard-library functions directly, without the compiler: resolves the overload the way a script call would
/// and runs it with a test call context. Callbacks (function pointers) are resolved by name from <see cref="Callbacks"/>.
/// </summary>
internal sealed class LibraryHarness : NativeCallContext
{
    private static readonly Module Standard = StandardPackage.Instance.AsSharedModule();

    public Dictionary<string, Func<object?, object?[], object?>> Callbacks { get; } = new(StringComparer.Ordinal);

    public List<string> Printed { get; } = [];

    public long MaxStringSize { get; init; }

    public long MaxArraySize { get; init; }

    public long MaxMapSize { get; init; }

    public override Position Position => new(1, 1);

    /// <summary>Calls a function by name; <paramref name="args"/> is modified in place for mutating methods.</summary>
    public object? Call(string name, params object?[] args)
    {
        var fn = Standard.Resolve(name, args)
            ?? throw new InvalidOperationException($"No function {name} for ({string.Join(", ", args.Select(TypeName))})");
        return fn.Invoke(this, args);
    }

    /// <summary>True when some overload accepts these arguments.</summary>
    public static bool Has(string name, params object?[] args) => Standard.Resolve(name, args) is not null;

    public static List<object?> Array(params object?[] items) => [.. items];

    public static SortedDictionary<string, object?> Map(params (string Key, object? Value)[] items)
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in items)
        {
            map[k] = v;
        }

        return map;
    }

    public override object? CallFnPtr(FnPtr fn, object?[] args) =>
        Callbacks[fn.Name](null, [.. fn.Curried, .. args]);

    public override object? CallFnPtrWithThis(FnPtr fn, object? thisValue, object?[] args) =>
        Callbacks[fn.Name](thisValue, [.. fn.Curried, .. args]);

    public override object? CallItemCallback(FnPtr fn, object? item, long index) =>
        Callbacks[fn.Name](null, [.. fn.Curried, item, index]);

    public override object? CallFunction(string name, object?[] args) => Call(name, args);

    public override string TypeName(object? value) => TypeNames.OfBuiltIn(value) ?? value!.GetType().Name;

    public override string ToDisplay(object? value) => ValueFormatter.ToDisplay(value);

    public override string ToDebug(object? value) => ValueFormatter.ToDebug(value);

    public override bool ValuesEqual(object? left, object? right) => ValueEqualityComparer.AreEqual(left, right);

    public override void Print(string text) => Printed.Add(text);

    public override void Debug(string text) => Printed.Add(text);

    public override void CheckStringSize(long length)
    {
        if (MaxStringSize > 0 && length > MaxStringSize)
        {
            throw new RuntimeException(RuntimeErrorKind.DataTooLarge, "Length of string too large", Position);
        }
    }

    public override void CheckArraySize(long size)
    {
        if (MaxArraySize > 0 && size > MaxArraySize)
        {
            throw new RuntimeException(RuntimeErrorKind.DataTooLarge, "Size of array too large", Position);
        }
    }

    public override bool LimitsArraySize => MaxArraySize > 0;

    public override void CheckMapSize(long size)
    {
        if (MaxMapSize > 0 && size > MaxMapSize)
        {
            throw new RuntimeException(RuntimeErrorKind.DataTooLarge, "Size of object map too large", Position);
        }
    }

    public override void Tick(long operations = 1)
    {
    }
}
