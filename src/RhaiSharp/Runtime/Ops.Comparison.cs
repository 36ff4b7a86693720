using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

// Comparison, equality and membership.
internal static partial class Ops
{
    public static object Equal(RunContext ctx, object? a, object? b, long pos) =>
        a is long x && b is long y ? Boxes.Bool(x == y) : Boxes.Bool(EqualsAt(ctx, a, b, pos));

    public static object NotEqual(RunContext ctx, object? a, object? b, long pos) => Boxes.Bool(!EqualsAt(ctx, a, b, pos));

    /// <summary>Equality with the operator's position on errors raised deep inside the comparison (nesting too deep).</summary>
    private static bool EqualsAt(RunContext ctx, object? a, object? b, long pos)
    {
        try
        {
            return EqualsValue(ctx, a, b);
        }
        catch (RuntimeException e) when (e.Position.IsNone)
        {
            throw e.At(Position.Unpack(pos));
        }
    }

    public static bool EqualsValue(RunContext ctx, object? a, object? b)
    {
        if (IsBuiltIn(a) && IsBuiltIn(b))
        {
            return ValueEqualityComparer.AreEqual(a, b);
        }

        object?[] args = [a, b];
        var fn = ctx.Environment.ResolveFunction("==", args);
        if (fn is not null)
        {
            return Calls.InvokeNative(ctx, fn, args, ctx.CurrentPosition) is true;
        }

        return ValueEqualityComparer.AreEqual(a, b);
    }

    private static bool IsBuiltIn(object? v) =>
        v is null or long or double or bool or char or string or List<object?> or SortedDictionary<string, object?> or List<byte> or ScriptRange or FnPtr;

    // INT/INT first: it is what loops and conditions compare most.
    public static object Less(RunContext ctx, object? a, object? b, long pos) =>
        a is long x && b is long y ? Boxes.Bool(x < y) : Compare(ctx, "<", a, b, pos, static c => c < 0);

    public static object LessOrEqual(RunContext ctx, object? a, object? b, long pos) =>
        a is long x && b is long y ? Boxes.Bool(x <= y) : Compare(ctx, "<=", a, b, pos, static c => c <= 0);

    public static object Greater(RunContext ctx, object? a, object? b, long pos) =>
        a is long x && b is long y ? Boxes.Bool(x > y) : Compare(ctx, ">", a, b, pos, static c => c > 0);

    public static object GreaterOrEqual(RunContext ctx, object? a, object? b, long pos) =>
        a is long x && b is long y ? Boxes.Bool(x >= y) : Compare(ctx, ">=", a, b, pos, static c => c >= 0);

    private static object Compare(RunContext ctx, string op, object? a, object? b, long pos, Func<int, bool> test)
    {
        if (a is long x && b is long y)
        {
            return Boxes.Bool(test(x.CompareTo(y)));
        }

        if (TryFloats(a, b, out var fx, out var fy))
        {
            // NaN compares false with everything, as in Rust.
            return double.IsNaN(fx) || double.IsNaN(fy) ? Boxes.False : Boxes.Bool(test(fx.CompareTo(fy)));
        }

        switch (a)
        {
            case string s when b is string t:
                return Boxes.Bool(test(string.CompareOrdinal(s, t)));
            case char c when b is char d:
                return Boxes.Bool(test(c.CompareTo(d)));
            case string s when b is char d:
                return Boxes.Bool(test(string.CompareOrdinal(s, d.ToString())));
            case char c when b is string t:
                return Boxes.Bool(test(string.CompareOrdinal(c.ToString(), t)));
            case bool p when b is bool q:
                return Boxes.Bool(test(p.CompareTo(q)));
        }

        if (!IsBuiltIn(a) || !IsBuiltIn(b))
        {
            object?[] args = [a, b];
            var fn = ctx.Environment.ResolveFunction(op, args);
            if (fn is not null)
            {
                return Calls.InvokeNative(ctx, fn, args, pos) ?? Boxes.False;
            }
        }

        // Different types: ordering is simply false (Rhai never errors here).
        return Boxes.False;
    }

    public static object In(RunContext ctx, object? item, object? container, long pos) => Boxes.Bool(Contains(ctx, container, item, pos));

    public static object NotIn(RunContext ctx, object? item, object? container, long pos) => Boxes.Bool(!Contains(ctx, container, item, pos));

    private static bool Contains(RunContext ctx, object? container, object? item, long pos)
    {
        switch (container)
        {
            case string s when item is string t:
                return s.Contains(t, StringComparison.Ordinal);
            case string s when item is char c:
                return s.Contains(c, StringComparison.Ordinal);
            case List<object?> list:
                foreach (var e in list)
                {
                    if (EqualsValue(ctx, e, item))
                    {
                        return true;
                    }
                }

                return false;
            case SortedDictionary<string, object?> map when item is string key:
                return map.ContainsKey(key);
            case SortedDictionary<string, object?> map when item is char key:
                return map.ContainsKey(key.ToString());
            case ScriptRange range when item is long l:
                return range.Contains(l);
            case List<byte> blob when item is long b:
                return b is >= 0 and <= 255 && blob.Contains((byte)b);
        }

        object?[] args = [container, item];
        var fn = ctx.Environment.ResolveFunction("contains", args)
            ?? throw Errors.FunctionNotFound(ctx, "contains", args, pos);
        return Calls.InvokeNative(ctx, fn, args, pos) is true;
    }

    public static object MakeRange(object? a, object? b, bool inclusive, long pos)
    {
        if (a is long x && b is long y)
        {
            return new ScriptRange(x, y, inclusive);
        }

        throw Errors.Runtime(RuntimeErrorKind.MismatchDataType,
            $"Data type incorrect: a range needs INT bounds, not {Errors.TypeOf(a)} and {Errors.TypeOf(b)}", pos);
    }

    /// <summary>Does a switch subject match a case value? Exact types only (Rhai matches by value hash).</summary>
    public static bool SwitchMatches(object? subject, object? pattern)
    {
        if (pattern is ScriptRange range)
        {
            switch (subject)
            {
                case long l:
                    return range.Contains(l);
                case double d:
                    return d >= range.Start && (range.Inclusive ? d <= range.End : d < range.End);
            }
        }

        if (subject is null || pattern is null)
        {
            return subject is null && pattern is null;
        }

        if (subject is Enum e && pattern is string name)
        {
            return HostEnums.IsNamed(e, name);
        }

        return subject.GetType() == pattern.GetType() && ValueEqualityComparer.AreEqual(subject, pattern);
    }
}
