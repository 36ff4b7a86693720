using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

/// <summary>Ports Rhai's BasicArray package (array_basic.rs).</summary>
/// <remarks>
/// Arrays are mutable <see cref="List{T}"/>s of script values; functions that change them are registered as not pure.
/// Values coming from arguments are deep-copied before they are stored so that arrays never alias each other.
/// </remarks>
internal static partial class ArrayFunctions
{
    public static void Register(ModuleBuilder builder)
    {
        RegisterBasics(builder);
        RegisterSlices(builder);
        RegisterCallbacks(builder);
        RegisterSorting(builder);

        // Rhai: BasicArrayPackage's set_iterable::<Array>(): a for loop walks a copy, so changing the array inside the
        // loop does not affect the iteration and each item is a copy.
        builder.Iterator(typeof(List<object?>), value => ((List<object?>)value).ToArray().Select(ValueCopy.Clone));
    }

    // Rhai: array_basic.rs len, is_empty, get, set, push, append, +, insert, pad, pop, shift, remove, clear, ==, !=
    private static void RegisterBasics(ModuleBuilder builder)
    {
        builder.Fn("len", (List<object?> a) => (long)a.Count);
        builder.Getter("len", (List<object?> a) => (long)a.Count);
        builder.Fn("is_empty", (List<object?> a) => a.Count == 0);
        builder.Getter("is_empty", (List<object?> a) => a.Count == 0);

        builder.Fn("get", (List<object?> a, long index) => Get(a, index));
        builder.Action("set", (List<object?> a, long index, object? value) => Set(a, index, value));

        builder.ActionCtx("push", (NativeCallContext c, List<object?> a, object? item) => Push(c, a, item));
        builder.ActionCtx("+=", (NativeCallContext c, List<object?> a, object? item) => Push(c, a, item));
        builder.ActionCtx("append", (NativeCallContext c, List<object?> a, List<object?> other) => Append(c, a, other));
        builder.ActionCtx("+=", (NativeCallContext c, List<object?> a, List<object?> other) => Append(c, a, other));
        builder.FnCtx("+", (NativeCallContext c, List<object?> a, List<object?> b) => Concat(c, a, b));

        builder.ActionCtx("insert", (NativeCallContext c, List<object?> a, long index, object? item) =>
        {
            c.CheckArraySize(a.Count + 1L);
            CheckNestedSize(c, a, item);
            InsertAt(a, index, ValueCopy.Clone(item));
        });
        builder.ActionCtx("pad", (NativeCallContext c, List<object?> a, long len, object? item) => Pad(c, a, len, item));

        builder.Fn("pop", (List<object?> a) => Pop(a), pure: false);
        builder.Fn("shift", (List<object?> a) => Shift(a), pure: false);
        builder.Fn("remove", (List<object?> a, long index) => Remove(a, index), pure: false);
        builder.Action("clear", (List<object?> a) => a.Clear());

        builder.FnCtx("==", (NativeCallContext c, List<object?> a, List<object?> b) => ArraysEqual(c, a, b));
        builder.FnCtx("!=", (NativeCallContext c, List<object?> a, List<object?> b) => !ArraysEqual(c, a, b));
    }

    // Rhai: array_basic.rs truncate, chop, reverse, splice, extract, split, drain/retain (ranges)
    private static void RegisterSlices(ModuleBuilder builder)
    {
        builder.Action("truncate", (List<object?> a, long len) => Truncate(a, len));
        builder.Action("chop", (List<object?> a, long len) => Chop(a, len));
        builder.Action("reverse", (List<object?> a) => a.Reverse());

        builder.ActionCtx("splice", (NativeCallContext c, List<object?> a, long start, long len, List<object?> replace) =>
            Splice(c, a, start, len, ValueCopy.CloneArray(replace)));
        builder.ActionCtx("splice", (NativeCallContext c, List<object?> a, ScriptRange range, List<object?> replace) =>
        {
            var (start, len) = RangeToStartLen(range);
            Splice(c, a, start, len, ValueCopy.CloneArray(replace));
        });

        builder.Fn("extract", (List<object?> a, long start, long len) => ValueCopy.CloneArray(Extract(a, start, len)));
        builder.Fn("extract", (List<object?> a, long start) => ValueCopy.CloneArray(Extract(a, start, long.MaxValue)));
        builder.Fn("extract", (List<object?> a, ScriptRange range) =>
        {
            var (start, len) = RangeToStartLen(range);
            return ValueCopy.CloneArray(Extract(a, start, len));
        });

        builder.Fn("split", (List<object?> a, long index) => SplitAt(a, index), pure: false);

        builder.Fn("drain", (List<object?> a, long start, long len) => DrainRange(a, start, len), pure: false);
        builder.Fn("drain", (List<object?> a, ScriptRange range) =>
        {
            var (start, len) = RangeToStartLen(range);
            return DrainRange(a, start, len);
        }, pure: false);
        builder.Fn("retain", (List<object?> a, long start, long len) => RetainRange(a, start, len), pure: false);
        builder.Fn("retain", (List<object?> a, ScriptRange range) =>
        {
            var (start, len) = RangeToStartLen(range);
            return RetainRange(a, start, len);
        }, pure: false);
    }

    private static object? Get(List<object?> a, long index)
    {
        if (a.Count == 0)
        {
            return null;
        }

        // Rhai uses calc_offset_len here: an index before the start clamps to the first element.
        var (i, _) = CalcOffsetLen(a.Count, index, 0);
        return i >= a.Count ? null : ValueCopy.Clone(a[i]);
    }

    private static void Set(List<object?> a, long index, object? value)
    {
        if (a.Count == 0)
        {
            return;
        }

        var (i, _) = CalcOffsetLen(a.Count, index, 0);
        if (i < a.Count)
        {
            a[i] = ValueCopy.Clone(value);
        }
    }

    /// <summary>
    /// Rhai adds up the sizes of nested arrays: when a container is added to an array under a size limit, the whole
    /// tree counts. Only containers pay for the walk, so pushing scalars stays O(1).
    /// </summary>
    internal static void CheckNestedSize(NativeCallContext c, List<object?> a, object? added)
    {
        if (added is not (List<object?> or SortedDictionary<string, object?>) || !c.LimitsArraySize)
        {
            return;
        }

        c.CheckArraySize(NestedArraySize(a) + NestedArraySize(added) + 1);
    }

    /// <summary>Total number of array elements in a value, nested arrays and arrays inside maps included.</summary>
    internal static long NestedArraySize(object? value) => NestedSize.Of(value).ArrayItems;

    private static void Push(NativeCallContext c, List<object?> a, object? item)
    {
        c.CheckArraySize(a.Count + 1L);
        if (!c.LimitsArraySize)
        {
            a.Add(ValueCopy.Clone(item));
            return;
        }

        // Under a limit the array's sizes are kept up to date as it grows (NestedSize), so measuring it stays O(1).
        var before = NestedSize.Of(a);
        var added = NestedSize.Of(item);
        if (item is List<object?> or SortedDictionary<string, object?>)
        {
            c.CheckArraySize(before.ArrayItems + added.ArrayItems + 1);
        }

        a.Add(ValueCopy.Clone(item));
        NestedSize.Remember(a, before + added + NestedSize.OneItem);
    }

    private static void Append(NativeCallContext c, List<object?> a, List<object?> other)
    {
        if (other.Count == 0)
        {
            return;
        }

        c.CheckArraySize((long)a.Count + other.Count);
        if (!c.LimitsArraySize)
        {
            a.AddRange(ValueCopy.CloneArray(other));
            return;
        }

        var before = NestedSize.Of(a);
        var added = NestedSize.Of(other);
        c.CheckArraySize(before.ArrayItems + added.ArrayItems + 1);
        a.AddRange(ValueCopy.CloneArray(other));

        // The other array's elements become this one's: its sizes, without counting it as one more item.
        NestedSize.Remember(a, before + added);
    }

    private static List<object?> Concat(NativeCallContext c, List<object?> a, List<object?> b)
    {
        c.CheckArraySize((long)a.Count + b.Count);
        CheckNestedSize(c, a, b);
        var result = new List<object?>(a.Count + b.Count);
        result.AddRange(ValueCopy.CloneArray(a));
        result.AddRange(ValueCopy.CloneArray(b));
        return result;
    }

    private static void Pad(NativeCallContext c, List<object?> a, long len, object? item)
    {
        if (len <= 0 || len <= a.Count)
        {
            return;
        }

        c.CheckArraySize(len);
        if (len > System.Array.MaxLength)
        {
            throw new RuntimeException(RuntimeErrorKind.DataTooLarge, "Size of array too large", Position.None);
        }

        var count = (int)len - a.Count;
        a.Capacity = Math.Max(a.Capacity, (int)len);
        var mutable = ValueCopy.IsMutableContainer(item);
        for (var i = 0; i < count; i++)
        {
            if ((i & 0xFFF) == 0xFFF)
            {
                c.CheckInterrupt();
            }

            a.Add(mutable ? ValueCopy.Clone(item) : item);
        }
    }

    private static object? Pop(List<object?> a)
    {
        if (a.Count == 0)
        {
            return null;
        }

        var last = a[^1];
        a.RemoveAt(a.Count - 1);
        return last;
    }

    private static object? Shift(List<object?> a)
    {
        if (a.Count == 0)
        {
            return null;
        }

        var first = a[0];
        a.RemoveAt(0);
        return first;
    }

    private static object? Remove(List<object?> a, long index)
    {
        var i = CalcIndex(a.Count, index);
        if (i < 0)
        {
            return null;
        }

        var item = a[i];
        a.RemoveAt(i);
        return item;
    }

    private static bool ArraysEqual(NativeCallContext c, List<object?> a, List<object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!c.ValuesEqual(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
