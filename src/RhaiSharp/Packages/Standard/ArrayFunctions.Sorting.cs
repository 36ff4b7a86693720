using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

// Rhai: array_basic.rs sort / sort_with_builtin, plus sort_by, sort_desc, order, order_by, order_desc.
// Rust's sort_by is stable, List<T>.Sort is not: a merge sort keeps equal elements in order.
internal static partial class ArrayFunctions
{
    private static void RegisterSorting(ModuleBuilder builder)
    {
        builder.ActionCtx("sort", (NativeCallContext c, List<object?> a) => SortBuiltin(c, a));
        builder.ActionCtx("sort", (NativeCallContext c, List<object?> a, FnPtr f) => SortBy(c, a, f));
        builder.ActionCtx("sort", (NativeCallContext c, List<object?> a, string f) => SortBy(c, a, new FnPtr(f)));
        builder.ActionCtx("sort_by", (NativeCallContext c, List<object?> a, FnPtr f) => SortBy(c, a, f));
        builder.ActionCtx("sort_desc", (NativeCallContext c, List<object?> a) => SortDescending(c, a));

        builder.FnCtx("order", (NativeCallContext c, List<object?> a) => Sorted(a, copy => SortBuiltin(c, copy)));
        builder.FnCtx("order", (NativeCallContext c, List<object?> a, FnPtr f) => Sorted(a, copy => SortBy(c, copy, f)));
        builder.FnCtx("order_by", (NativeCallContext c, List<object?> a, FnPtr f) => Sorted(a, copy => SortBy(c, copy, f)));
        builder.FnCtx("order_desc", (NativeCallContext c, List<object?> a) => Sorted(a, copy => SortDescending(c, copy)));
    }

    private static List<object?> Sorted(List<object?> a, Action<List<object?>> sort)
    {
        var copy = ValueCopy.CloneArray(a);
        sort(copy);
        return copy;
    }

    private static void SortDescending(NativeCallContext c, List<object?> a)
    {
        SortBuiltin(c, a);
        a.Reverse();
    }

    /// <summary>
    /// Sorts INT, FLOAT, char, string or bool elements of a single type; other single-type arrays are left as they are;
    /// mixed types are an error (Rhai: ErrorFunctionNotFound).
    /// </summary>
    private static void SortBuiltin(NativeCallContext c, List<object?> a)
    {
        if (a.Count <= 1)
        {
            return;
        }

        var type = a[0]?.GetType();
        foreach (var item in a)
        {
            if (item?.GetType() != type)
            {
                throw new RuntimeException(
                    RuntimeErrorKind.FunctionNotFound, "sort() cannot be called with elements of different types", Position.None);
            }
        }

        Comparison<object?>? comparison =
            type == typeof(long) ? (x, y) => ((long)x!).CompareTo((long)y!)
            : type == typeof(double) ? CompareFloats
            : type == typeof(char) ? (x, y) => ((char)x!).CompareTo((char)y!)
            : type == typeof(string) ? (x, y) => CompareCodePoints((string)x!, (string)y!)
            : type == typeof(bool) ? (x, y) => ((bool)x!).CompareTo((bool)y!)
            : null;
        if (comparison is null)
        {
            return;
        }

        c.Tick(a.Count);
        StableSort(c, a, comparison);
    }

    /// <summary>Rhai: <c>partial_cmp</c>, with NaN comparing equal to everything.</summary>
    private static int CompareFloats(object? x, object? y)
    {
        var a = (double)x!;
        var b = (double)y!;
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /// <summary>Rust orders strings by UTF-8 bytes, i.e. by code point; UTF-16 ordinal order differs only for surrogates.</summary>
    private static int CompareCodePoints(string x, string y)
    {
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            var a = x[i];
            var b = y[i];
            if (a != b)
            {
                return Fixup(a).CompareTo(Fixup(b));
            }
        }

        return x.Length.CompareTo(y.Length);

        static int Fixup(char ch) => ch < 0xD800 ? ch : ch >= 0xE000 ? ch - 0x800 : ch + 0x2000;
    }

    /// <summary>
    /// Sorts with a comparer function returning INT (negative, zero, positive). As in Rhai, a comparer that fails or
    /// returns something else leaves the pair ordered by type.
    /// </summary>
    private static void SortBy(NativeCallContext c, List<object?> a, FnPtr f)
    {
        if (a.Count <= 1)
        {
            return;
        }

        StableSort(c, a, (x, y) =>
        {
            c.Tick();
            object? result;
            try
            {
                result = c.CallFnPtr(f, [x, y]);
            }
            catch (RuntimeException e) when (e.IsCatchable)
            {
                result = null;
            }

            return result is long n
                ? Math.Sign(n)
                : string.CompareOrdinal(TypeNames.OfBuiltIn(x) ?? x?.GetType().FullName, TypeNames.OfBuiltIn(y) ?? y?.GetType().FullName);
        });
    }

    /// <summary>A stable top-down merge sort (insertion sort for short runs).</summary>
    private static void StableSort(NativeCallContext c, List<object?> list, Comparison<object?> comparison)
    {
        var items = list.ToArray();
        var buffer = new object?[items.Length];

        // One sort of a huge array is a single native call: let cancellation and the timeout in every few thousand comparisons.
        var compared = 0;
        MergeSort(items, buffer, 0, items.Length, (x, y) =>
        {
            if ((++compared & 0xFFF) == 0)
            {
                c.CheckInterrupt();
            }

            return comparison(x, y);
        });
        for (var i = 0; i < items.Length; i++)
        {
            list[i] = items[i];
        }
    }

    private static void MergeSort(object?[] items, object?[] buffer, int lo, int hi, Comparison<object?> comparison)
    {
        if (hi - lo <= 16)
        {
            for (var i = lo + 1; i < hi; i++)
            {
                var item = items[i];
                var j = i - 1;
                while (j >= lo && comparison(items[j], item) > 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = item;
            }

            return;
        }

        var mid = lo + ((hi - lo) / 2);
        MergeSort(items, buffer, lo, mid, comparison);
        MergeSort(items, buffer, mid, hi, comparison);
        if (comparison(items[mid - 1], items[mid]) <= 0)
        {
            return;
        }

        Array.Copy(items, lo, buffer, lo, hi - lo);
        int left = lo, right = mid, k = lo;
        while (left < mid && right < hi)
        {
            items[k++] = comparison(buffer[right], buffer[left]) < 0 ? buffer[right++] : buffer[left++];
        }

        while (left < mid)
        {
            items[k++] = buffer[left++];
        }

        while (right < hi)
        {
            items[k++] = buffer[right++];
        }
    }
}
