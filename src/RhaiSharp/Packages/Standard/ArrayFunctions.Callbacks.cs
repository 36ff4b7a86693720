using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

// Rhai: array_basic.rs for_each, map, filter, contains, index_of, find, find_map, some, all, dedup, reduce, reduce_rev,
// zip, drain(fn), retain(fn); api/deprecated.rs for the overloads taking a function name as a string.
internal static partial class ArrayFunctions
{
    private static void RegisterCallbacks(ModuleBuilder builder)
    {
        builder.ActionCtx("for_each", (NativeCallContext c, List<object?> a, FnPtr f) => ForEach(c, a, f));
        builder.FnCtx("map", (NativeCallContext c, List<object?> a, FnPtr f) => Map(c, a, f));
        builder.FnCtx("map", (NativeCallContext c, List<object?> a, string f) => Map(c, a, new FnPtr(f)));
        builder.FnCtx("filter", (NativeCallContext c, List<object?> a, FnPtr f) => Filter(c, a, f));
        builder.FnCtx("filter", (NativeCallContext c, List<object?> a, string f) => Filter(c, a, new FnPtr(f)));

        builder.FnCtx("contains", (NativeCallContext c, List<object?> a, object? value) => IndexOf(c, a, value, 0) >= 0);
        builder.FnCtx("index_of", (NativeCallContext c, List<object?> a, object? value) => IndexOf(c, a, value, 0));
        builder.FnCtx("index_of", (NativeCallContext c, List<object?> a, object? value, long start) => IndexOf(c, a, value, start));
        builder.FnCtx("index_of", (NativeCallContext c, List<object?> a, FnPtr f) => IndexOfMatch(c, a, f, 0));
        builder.FnCtx("index_of", (NativeCallContext c, List<object?> a, FnPtr f, long start) => IndexOfMatch(c, a, f, start));
        builder.FnCtx("index_of", (NativeCallContext c, List<object?> a, string s) => IndexOfString(c, a, s, 0));
        builder.FnCtx("index_of", (NativeCallContext c, List<object?> a, string s, long start) => IndexOfString(c, a, s, start));

        builder.FnCtx("find", (NativeCallContext c, List<object?> a, FnPtr f) => Find(c, a, f, 0));
        builder.FnCtx("find", (NativeCallContext c, List<object?> a, FnPtr f, long start) => Find(c, a, f, start));
        builder.FnCtx("find_map", (NativeCallContext c, List<object?> a, FnPtr f) => FindMap(c, a, f, 0));
        builder.FnCtx("find_map", (NativeCallContext c, List<object?> a, FnPtr f, long start) => FindMap(c, a, f, start));

        builder.FnCtx("some", (NativeCallContext c, List<object?> a, FnPtr f) => Some(c, a, f));
        builder.FnCtx("some", (NativeCallContext c, List<object?> a, string f) => Some(c, a, new FnPtr(f)));
        builder.FnCtx("all", (NativeCallContext c, List<object?> a, FnPtr f) => All(c, a, f));
        builder.FnCtx("all", (NativeCallContext c, List<object?> a, string f) => All(c, a, new FnPtr(f)));

        builder.ActionCtx("dedup", (NativeCallContext c, List<object?> a) => Dedup(c, a, c.ValuesEqual));
        builder.ActionCtx("dedup", (NativeCallContext c, List<object?> a, FnPtr f) => Dedup(c, a, Comparer(c, f)));
        builder.ActionCtx("dedup", (NativeCallContext c, List<object?> a, string f) => Dedup(c, a, Comparer(c, new FnPtr(f))));

        builder.FnCtx("reduce", (NativeCallContext c, List<object?> a, FnPtr f) => Reduce(c, a, f, null, reverse: false));
        builder.FnCtx("reduce", (NativeCallContext c, List<object?> a, FnPtr f, object? initial) => Reduce(c, a, f, initial, reverse: false));
        builder.FnCtx("reduce", (NativeCallContext c, List<object?> a, string f) => Reduce(c, a, new FnPtr(f), null, reverse: false));
        builder.FnCtx("reduce", (NativeCallContext c, List<object?> a, string f, object? initial) => Reduce(c, a, new FnPtr(f), initial, reverse: false));
        builder.FnCtx("reduce_rev", (NativeCallContext c, List<object?> a, FnPtr f) => Reduce(c, a, f, null, reverse: true));
        builder.FnCtx("reduce_rev", (NativeCallContext c, List<object?> a, FnPtr f, object? initial) => Reduce(c, a, f, initial, reverse: true));
        builder.FnCtx("reduce_rev", (NativeCallContext c, List<object?> a, string f) => Reduce(c, a, new FnPtr(f), null, reverse: true));
        builder.FnCtx("reduce_rev", (NativeCallContext c, List<object?> a, string f, object? initial) => Reduce(c, a, new FnPtr(f), initial, reverse: true));

        builder.FnCtx("zip", (NativeCallContext c, List<object?> a, List<object?> b, FnPtr f) => Zip(c, a, b, f));

        builder.FnCtx("drain", (NativeCallContext c, List<object?> a, FnPtr f) => RemoveWhere(c, a, f, removeWhen: true), pure: false);
        builder.FnCtx("drain", (NativeCallContext c, List<object?> a, string f) => RemoveWhere(c, a, new FnPtr(f), removeWhen: true), pure: false);
        builder.FnCtx("retain", (NativeCallContext c, List<object?> a, FnPtr f) => RemoveWhere(c, a, f, removeWhen: false), pure: false);
        builder.FnCtx("retain", (NativeCallContext c, List<object?> a, string f) => RemoveWhere(c, a, new FnPtr(f), removeWhen: false), pure: false);
    }

    /// <summary>Rhai's predicates treat anything but <c>true</c> as false (<c>as_bool().unwrap_or(false)</c>).</summary>
    private static bool IsTrue(object? value) => value is bool b && b;

    /// <summary>A value produced by a callback may be an element itself: copy containers so arrays never alias.</summary>
    private static object? Own(object? value) => ValueCopy.IsMutableContainer(value) ? ValueCopy.Clone(value) : value;

    /// <summary>Rhai: each element is bound to <c>this</c> (changes are kept); a one-parameter callback also gets the index.</summary>
    private static void ForEach(NativeCallContext c, List<object?> a, FnPtr f)
    {
        var arity = c.ArityOf(f) ?? 1;
        for (var i = 0; i < a.Count; i++)
        {
            c.Tick();
            var item = a[i];
            c.CallFnPtrWithThisRef(f, ref item, arity == 0 ? [] : arity == 1 ? [Boxes.Int(i)] : [a[i], Boxes.Int(i)]);
            if (i < a.Count)
            {
                a[i] = item;
            }
        }
    }

    private static List<object?> Map(NativeCallContext c, List<object?> a, FnPtr f)
    {
        var result = new List<object?>(a.Count);
        for (var i = 0; i < a.Count; i++)
        {
            c.Tick();
            result.Add(Own(c.CallItemCallback(f, a[i], i)));
        }

        return result;
    }

    private static List<object?> Filter(NativeCallContext c, List<object?> a, FnPtr f)
    {
        var result = new List<object?>();
        for (var i = 0; i < a.Count; i++)
        {
            c.Tick();
            var item = a[i];
            if (IsTrue(c.CallItemCallback(f, item, i)))
            {
                result.Add(ValueCopy.Clone(item));
            }
        }

        return result;
    }

    private static long IndexOf(NativeCallContext c, List<object?> a, object? value, long start)
    {
        if (a.Count == 0)
        {
            return -1;
        }

        var (s, _) = CalcOffsetLen(a.Count, start, 0);
        for (var i = s; i < a.Count; i++)
        {
            c.Tick();
            if (c.ValuesEqual(a[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    private static long IndexOfMatch(NativeCallContext c, List<object?> a, FnPtr f, long start)
    {
        if (a.Count == 0)
        {
            return -1;
        }

        var (s, _) = CalcOffsetLen(a.Count, start, 0);
        for (var i = s; i < a.Count; i++)
        {
            c.Tick();
            if (IsTrue(c.CallItemCallback(f, a[i], i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// <c>index_of(array, string[, start])</c>: Rhai has both a value search and a deprecated "function name" form for
    /// this signature, and Rhai 1.26 answers both ways (conformance: <c>index_of(["a","b"], "b")</c> and
    /// <c>index_of("is_two")</c>). Searched as a value first; with no match, as the name of a predicate function,
    /// where a missing function means "not found".
    /// </summary>
    private static long IndexOfString(NativeCallContext c, List<object?> a, string s, long start)
    {
        var found = IndexOf(c, a, s, start);
        if (found >= 0 || a.Count == 0)
        {
            return found;
        }

        try
        {
            return IndexOfMatch(c, a, new FnPtr(s), start);
        }
        catch (RuntimeException e) when (e.Kind == RuntimeErrorKind.FunctionNotFound)
        {
            return -1;
        }
    }

    private static object? Find(NativeCallContext c, List<object?> a, FnPtr f, long start)
    {
        var index = IndexOfMatch(c, a, f, start);
        return index < 0 ? null : ValueCopy.Clone(a[(int)index]);
    }

    private static object? FindMap(NativeCallContext c, List<object?> a, FnPtr f, long start)
    {
        if (a.Count == 0)
        {
            return null;
        }

        var (s, _) = CalcOffsetLen(a.Count, start, 0);
        for (var i = s; i < a.Count; i++)
        {
            c.Tick();
            var value = c.CallItemCallback(f, a[i], i);
            if (value is not null)
            {
                return Own(value);
            }
        }

        return null;
    }

    private static bool Some(NativeCallContext c, List<object?> a, FnPtr f) => IndexOfMatch(c, a, f, 0) >= 0;

    private static bool All(NativeCallContext c, List<object?> a, FnPtr f)
    {
        for (var i = 0; i < a.Count; i++)
        {
            c.Tick();
            if (!IsTrue(c.CallItemCallback(f, a[i], i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Rhai's dedup comparer: called with (previous kept element, current element); errors count as "different".</summary>
    private static Func<object?, object?, bool> Comparer(NativeCallContext c, FnPtr f) => (previous, current) =>
    {
        try
        {
            return IsTrue(c.CallFnPtr(f, [previous, current]));
        }
        catch (RuntimeException e) when (e.IsCatchable)
        {
            return false;
        }
    };

    /// <summary>Removes consecutive duplicates like Rust's <c>Vec::dedup_by</c>: each element is compared with the last one kept.</summary>
    private static void Dedup(NativeCallContext c, List<object?> a, Func<object?, object?, bool> same)
    {
        if (a.Count <= 1)
        {
            return;
        }

        var kept = 1;
        for (var i = 1; i < a.Count; i++)
        {
            c.Tick();
            if (!same(a[kept - 1], a[i]))
            {
                a[kept++] = a[i];
            }
        }

        a.RemoveRange(kept, a.Count - kept);
    }

    /// <summary>Rhai: the reducer gets (accumulator, element[, index]); reduce_rev walks from the end with the original indices.</summary>
    private static object? Reduce(NativeCallContext c, List<object?> a, FnPtr f, object? initial, bool reverse)
    {
        var result = initial;
        for (var n = 0; n < a.Count; n++)
        {
            c.Tick();
            var i = reverse ? a.Count - 1 - n : n;
            result = c.ArityOf(f) == 2 ? c.CallFnPtr(f, [result, a[i]]) : c.CallFnPtr(f, [result, a[i], Boxes.Int(i)]);
        }

        return Own(result);
    }

    private static List<object?> Zip(NativeCallContext c, List<object?> a, List<object?> b, FnPtr f)
    {
        var count = Math.Min(a.Count, b.Count);
        var result = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            c.Tick();
            result.Add(Own(c.ArityOf(f) == 2 ? c.CallFnPtr(f, [a[i], b[i]]) : c.CallFnPtr(f, [a[i], b[i], Boxes.Int(i)])));
        }

        return result;
    }

    /// <summary>drain(fn) removes the elements the predicate accepts, retain(fn) those it rejects; both return the removed ones.</summary>
    private static List<object?> RemoveWhere(NativeCallContext c, List<object?> a, FnPtr f, bool removeWhen)
    {
        var removed = new List<object?>();
        var kept = 0;
        var i = 0;
        try
        {
            for (; i < a.Count; i++)
            {
                c.Tick();
                var item = a[i];
                if (IsTrue(c.CallItemCallback(f, item, i)) == removeWhen)
                {
                    removed.Add(item);
                }
                else
                {
                    a[kept++] = item;
                }
            }
        }
        finally
        {
            // Also on an error: keep the elements not yet visited, as Rhai (which removes as it goes) does.
            for (; i < a.Count; i++)
            {
                a[kept++] = a[i];
            }

            a.RemoveRange(kept, a.Count - kept);
        }

        return removed;
    }
}
