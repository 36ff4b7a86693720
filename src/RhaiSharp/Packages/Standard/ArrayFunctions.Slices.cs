using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

// Index arithmetic and slice operations shared by arrays and BLOBs (Rhai: src/eval/mod.rs calc_offset_len / calc_index,
// and the identical slice functions of array_basic.rs and blob_basic.rs).
internal static partial class ArrayFunctions
{
    /// <summary>
    /// Rhai's <c>calc_offset_len</c>: a negative <paramref name="start"/> counts from the end (clamped to 0 when too
    /// negative); a start at or past the end gives <c>(length, 0)</c>; the length is clamped to what is left.
    /// </summary>
    internal static (int Start, int Length) CalcOffsetLen(int length, long start, long len)
    {
        int s;
        if (start < 0)
        {
            s = start < -(long)length ? 0 : length + (int)start;
        }
        else if (start >= length)
        {
            return (length, 0);
        }
        else
        {
            s = (int)start;
        }

        var rest = length - s;
        var l = len <= 0 ? 0 : len > rest ? rest : (int)len;
        return (s, l);
    }

    /// <summary>Rhai's <c>calc_index</c> with negative indices counting from the end: -1 when out of range.</summary>
    internal static int CalcIndex(int length, long index)
    {
        if (index < 0)
        {
            return index >= -(long)length ? length + (int)index : -1;
        }

        return index < length ? (int)index : -1;
    }

    /// <summary>Rhai's mapping of a range argument to (start, len): start clamped to 0, empty when end &lt; start.</summary>
    internal static (long Start, long Length) RangeToStartLen(ScriptRange range)
    {
        var start = Math.Max(range.Start, 0);
        var end = Int128.Max(range.ExclusiveEnd, start);
        return (start, (long)Int128.Min(end - start, long.MaxValue));
    }

    internal static void InsertAt<T>(List<T> list, long index, T item)
    {
        if (list.Count == 0)
        {
            list.Add(item);
            return;
        }

        var (i, _) = CalcOffsetLen(list.Count, index, 0);
        if (i >= list.Count)
        {
            list.Add(item);
        }
        else
        {
            list.Insert(i, item);
        }
    }

    internal static void Truncate<T>(List<T> list, long len)
    {
        if (len <= 0)
        {
            list.Clear();
        }
        else if (len < list.Count)
        {
            list.RemoveRange((int)len, list.Count - (int)len);
        }
    }

    internal static void Chop<T>(List<T> list, long len)
    {
        if (len <= 0)
        {
            list.Clear();
        }
        else if (len < list.Count)
        {
            list.RemoveRange(0, list.Count - (int)len);
        }
    }

    /// <summary>Replaces a portion with <paramref name="replace"/> (already copied by the caller).</summary>
    internal static void Splice<T>(NativeCallContext ctx, List<T> list, long start, long len, List<T> replace)
    {
        if (list.Count == 0)
        {
            ctx.CheckArraySize(replace.Count);
            list.AddRange(replace);
            return;
        }

        var (s, l) = CalcOffsetLen(list.Count, start, len);
        ctx.CheckArraySize((long)list.Count - l + replace.Count);
        if (s >= list.Count)
        {
            list.AddRange(replace);
        }
        else
        {
            list.RemoveRange(s, l);
            list.InsertRange(s, replace);
        }
    }

    /// <summary>A shallow copy of a portion (callers deep-copy array items).</summary>
    internal static List<T> Extract<T>(List<T> list, long start, long len)
    {
        if (list.Count == 0 || len <= 0)
        {
            return [];
        }

        var (s, l) = CalcOffsetLen(list.Count, start, len);
        return l == 0 ? [] : list.GetRange(s, l);
    }

    /// <summary>Cuts the list at <paramref name="index"/> and returns the tail.</summary>
    internal static List<T> SplitAt<T>(List<T> list, long index)
    {
        if (list.Count == 0)
        {
            return [];
        }

        var (s, _) = CalcOffsetLen(list.Count, index, long.MaxValue);
        if (s >= list.Count)
        {
            return [];
        }

        var tail = list.GetRange(s, list.Count - s);
        list.RemoveRange(s, list.Count - s);
        return tail;
    }

    internal static List<T> DrainRange<T>(List<T> list, long start, long len)
    {
        if (list.Count == 0 || len <= 0)
        {
            return [];
        }

        var (s, l) = CalcOffsetLen(list.Count, start, len);
        if (l == 0)
        {
            return [];
        }

        var drained = list.GetRange(s, l);
        list.RemoveRange(s, l);
        return drained;
    }

    internal static List<T> RetainRange<T>(List<T> list, long start, long len)
    {
        if (list.Count == 0 || len <= 0)
        {
            return [];
        }

        var (s, l) = CalcOffsetLen(list.Count, start, len);
        if (l == 0)
        {
            return [];
        }

        var removed = list.GetRange(0, s);
        removed.AddRange(list.GetRange(s + l, list.Count - s - l));
        list.RemoveRange(s + l, list.Count - s - l);
        list.RemoveRange(0, s);
        return removed;
    }
}
