using System.Runtime.CompilerServices;

namespace RhaiSharp.Values;

/// <summary>What a value holds, nested containers included: Rhai's data sizes (<c>eval/data_check.rs</c>).</summary>
/// <param name="ArrayItems">Elements of every array in the value.</param>
/// <param name="BlobBytes">Bytes of every blob.</param>
/// <param name="MapEntries">Entries of every object map.</param>
/// <param name="StringChars">Characters of every string.</param>
internal readonly record struct DataSizes(long ArrayItems, long BlobBytes, long MapEntries, long StringChars)
{
    public static DataSizes operator +(DataSizes a, DataSizes b) =>
        new(a.ArrayItems + b.ArrayItems, a.BlobBytes + b.BlobBytes, a.MapEntries + b.MapEntries, a.StringChars + b.StringChars);
}

/// <summary>
/// Measures values for the size limits. A large array remembers its sizes until it changes (its own version stamp),
/// so checking an array that grows by one element at a time costs the new element, not the whole array again:
/// 20,000 pushes of small arrays under <c>MaxArraySize</c> took 5.1 s re-measuring, against 0.12 s without the limit.
/// </summary>
/// <remarks>
/// An array's version changes with every change to it, and a script changes a nested container only through its
/// parent (the chain writes it back, which changes the parent), so a remembered size holds while the version does.
/// Host code that changes a nested container in place, behind the script's back, is not seen until the array next
/// changes.
/// </remarks>
internal static class NestedSize
{
    // Smaller arrays are cheaper to walk than to look up.
    private const int RememberFrom = 64;

    // Mutable, updated in place: an array is changed by one run at a time (the only arrays several runs read at once,
    // module constants, are never changed).
    private sealed class Remembered
    {
        public int Version;
        public DataSizes Sizes;
    }

    private static readonly ConditionalWeakTable<List<object?>, Remembered> Memo = [];

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_version")]
    private static extern ref int VersionOf(List<object?> list);

    public static DataSizes Of(object? value) => value switch
    {
        string s => new DataSizes(0, 0, 0, s.Length),
        List<byte> blob => new DataSizes(0, blob.Count, 0, 0),
        List<object?> list => OfArray(list),
        SortedDictionary<string, object?> map => OfMap(map),
        FnPtr { Curried.Length: > 0 } pointer => OfPointer(pointer),
        _ => default,
    };

    // Function pointers are immutable: what one holds is remembered for as long as it lives.
    private static readonly ConditionalWeakTable<FnPtr, StrongBox<DataSizes>> PointerMemo = [];

    /// <summary>A pointer's curried arguments count as the items of an array (a pointer curried a million times is big).</summary>
    private static DataSizes OfPointer(FnPtr pointer)
    {
        if (PointerMemo.TryGetValue(pointer, out var known))
        {
            return known.Value;
        }

        DepthGuard.EnterValue();
        WorkClock.Add(pointer.Curried.Length);
        var sizes = new DataSizes(pointer.Curried.Length, 0, 0, 0);
        foreach (var item in pointer.Curried)
        {
            sizes += Of(item);
        }

        PointerMemo.AddOrUpdate(pointer, new StrongBox<DataSizes>(sizes));
        return sizes;
    }

    /// <summary>
    /// Records <paramref name="sizes"/> as what <paramref name="list"/> holds as it is now, just after a change whose
    /// effect on its sizes the caller knows (a push adds the element's sizes and one item): the next measure need not
    /// walk it.
    /// </summary>
    public static void Remember(List<object?> list, DataSizes sizes)
    {
        if (list.Count >= RememberFrom)
        {
            Store(list, sizes);
        }
    }

    private static void Store(List<object?> list, DataSizes sizes)
    {
        var entry = Memo.GetValue(list, static _ => new Remembered());
        entry.Version = VersionOf(list);
        entry.Sizes = sizes;
    }

    /// <summary>One more array item: what a push adds besides the pushed value's own sizes.</summary>
    public static readonly DataSizes OneItem = new(1, 0, 0, 0);

    private static DataSizes OfArray(List<object?> list)
    {
        DepthGuard.EnterValue();
        var remember = list.Count >= RememberFrom;
        if (remember && Memo.TryGetValue(list, out var known) && known.Version == VersionOf(list) && known.Sizes.ArrayItems >= list.Count)
        {
            return known.Sizes;
        }

        WorkClock.Add(list.Count);
        var sizes = new DataSizes(list.Count, 0, 0, 0);
        foreach (var item in list)
        {
            sizes += Of(item);
        }

        if (remember)
        {
            Store(list, sizes);
        }

        return sizes;
    }

    private static DataSizes OfMap(SortedDictionary<string, object?> map)
    {
        DepthGuard.EnterValue();
        WorkClock.Add(map.Count);
        var sizes = new DataSizes(0, 0, map.Count, 0);
        foreach (var item in map.Values)
        {
            sizes += Of(item);
        }

        return sizes;
    }
}
