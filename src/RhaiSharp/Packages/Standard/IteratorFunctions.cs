using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

/// <summary>Ports Rhai's BasicIterator package (iter_basic.rs): range(), chars(), bits() and range properties.</summary>
internal static class IteratorFunctions
{
    public static void Register(ModuleBuilder builder)
    {
        RegisterTypeIterators(builder);
        RegisterRange(builder);
        RegisterChars(builder);
        RegisterBits(builder);
        RegisterRangeProperties(builder);
    }

    private static void RegisterTypeIterators(ModuleBuilder builder)
    {
        builder.Iterator(typeof(ScriptRange), v => IterateRange((ScriptRange)v));
        builder.Iterator(typeof(IntStepRange), v => ((IntStepRange)v).Iterate());
        builder.Iterator(typeof(FloatStepRange), v => ((FloatStepRange)v).Iterate());
        builder.Iterator(typeof(CharsStream), v => ((CharsStream)v).Iterate());
        builder.Iterator(typeof(BitRange), v => ((BitRange)v).Iterate());
        builder.Iterator(typeof(string), v => IterateChars((string)v));

        builder.TypeName(typeof(IntStepRange), IntStepRange.TypeName);
        builder.TypeName(typeof(FloatStepRange), FloatStepRange.TypeName);
        builder.TypeName(typeof(CharsStream), CharsStream.TypeName);
        builder.TypeName(typeof(BitRange), BitRange.TypeName);
    }

    private static void RegisterRange(ModuleBuilder builder)
    {
        builder.Fn<long, long, ScriptRange>("range", (from, to) => new ScriptRange(from, to, inclusive: false));
        builder.Fn<long, long, long, IntStepRange>("range", (from, to, step) => new IntStepRange(from, to, step));
        builder.Fn<double, double, double, FloatStepRange>("range", (from, to, step) => new FloatStepRange(from, to, step));
        builder.Fn<ScriptRange, long, IntStepRange>("range", (range, step) =>
        {
            RequireExclusive(range, "range", "i64");
            return new IntStepRange(range.Start, range.End, step);
        });
    }

    private static void RegisterChars(ModuleBuilder builder)
    {
        builder.Fn<string, CharsStream>("chars", s => new CharsStream(s, 0, long.MaxValue));
        builder.Getter<string, CharsStream>("chars", s => new CharsStream(s, 0, long.MaxValue));
        builder.Fn<string, long, CharsStream>("chars", (s, from) => new CharsStream(s, from, long.MaxValue));
        builder.Fn<string, long, long, CharsStream>("chars", (s, from, len) => new CharsStream(s, from, len));
        builder.Fn<string, ScriptRange, CharsStream>("chars", (s, range) =>
        {
            var (from, len) = BitFieldFunctions.RangeToStartLen(range);
            return new CharsStream(s, from, len);
        });
    }

    private static void RegisterBits(ModuleBuilder builder)
    {
        builder.Fn<long, BitRange>("bits", x => new BitRange(x, 0, long.MaxValue));
        builder.Getter<long, BitRange>("bits", x => new BitRange(x, 0, long.MaxValue));
        builder.Fn<long, long, BitRange>("bits", (x, from) => new BitRange(x, from, long.MaxValue));
        builder.Fn<long, long, long, BitRange>("bits", (x, from, len) => new BitRange(x, from, len));
        builder.Fn<long, ScriptRange, BitRange>("bits", (x, range) =>
        {
            var (from, len) = BitFieldFunctions.RangeToStartLen(range);
            return new BitRange(x, from, len);
        });
    }

    private static void RegisterRangeProperties(ModuleBuilder builder)
    {
        RegisterProperty<long>(builder, "start", r => r.Start);
        RegisterProperty<long>(builder, "end", r => r.End);
        RegisterProperty<bool>(builder, "is_inclusive", r => r.Inclusive);
        RegisterProperty<bool>(builder, "is_exclusive", r => !r.Inclusive);
        RegisterProperty<bool>(builder, "is_empty", r => r.IsEmpty);
        builder.Fn<ScriptRange, long, bool>("contains", (r, x) => r.Contains(x));
    }

    private static void RegisterProperty<TResult>(ModuleBuilder builder, string name, Func<ScriptRange, TResult> fn)
    {
        builder.Fn(name, fn);
        builder.Getter(name, fn);
    }

    private static void RequireExclusive(ScriptRange range, string function, string other)
    {
        if (range.Inclusive)
        {
            throw new RuntimeException(
                RuntimeErrorKind.FunctionNotFound,
                $"Function not found: {function} ({TypeNames.RangeInclusive}, {other})",
                Position.None);
        }
    }

    internal static IEnumerable<object?> IterateRange(ScriptRange range)
    {
        var end = range.ExclusiveEnd;
        for (Int128 i = range.Start; i < end; i++)
        {
            yield return Boxes.Int((long)i);
        }
    }

    private static IEnumerable<object?> IterateChars(string s)
    {
        foreach (var c in s)
        {
            yield return c;
        }
    }

}

/// <summary>
/// <c>range(from, to, step)</c> over INT (Rhai's <c>StepRange&lt;i64&gt;</c>): counts from <c>from</c> towards <c>to</c>
/// (exclusive) by <c>step</c>; a negative step counts down; a step pointing away from <c>to</c> gives nothing. Immutable.
/// </summary>
internal sealed class IntStepRange : IEquatable<IntStepRange>
{
    public const string TypeName = "rhai::packages::iter_basic::StepRange<i64>";

    public IntStepRange(long from, long to, long step)
    {
        if (step == 0)
        {
            throw MathFunctions.ArithmeticError("step value cannot be zero");
        }

        From = from;
        To = to;
        Step = step;
    }

    public long From { get; }

    public long To { get; }

    public long Step { get; }

    public IEnumerable<object?> Iterate()
    {
        var from = From;
        var (to, step) = (To, Step);

        // Direction as Rhai decides it from the first step: forwards, backwards or nothing (also on overflow).
        long next;
        try
        {
            next = checked(from + step);
        }
        catch (OverflowException)
        {
            yield break;
        }

        var dir = from < to && next > from ? 1 : from > to && next < from ? -1 : 0;
        while (dir != 0)
        {
            var value = from;
            try
            {
                from = checked(from + step);
            }
            catch (OverflowException)
            {
                yield break;
            }

            if ((dir > 0 && from >= to) || (dir < 0 && from <= to))
            {
                dir = 0;
            }

            yield return Boxes.Int(value);
        }
    }

    public bool Equals(IntStepRange? other) => other is not null && From == other.From && To == other.To && Step == other.Step;

    public override bool Equals(object? obj) => Equals(obj as IntStepRange);

    public override int GetHashCode() => HashCode.Combine(From, To, Step);

    public override string ToString() => $"StepRange<i64>({From}, {To}, {Step})";
}

/// <summary><c>range(from, to, step)</c> over FLOAT (Rhai's <c>StepRange&lt;f64&gt;</c>). Immutable.</summary>
internal sealed class FloatStepRange : IEquatable<FloatStepRange>
{
    public const string TypeName = "rhai::packages::iter_basic::StepRange<f64>";

    public FloatStepRange(double from, double to, double step)
    {
        // Rhai rejects a step that does not move the value (zero, or too small to change `from`).
        if (from + step == from)
        {
            throw MathFunctions.ArithmeticError("step value cannot be zero");
        }

        From = from;
        To = to;
        Step = step;
    }

    public double From { get; }

    public double To { get; }

    public double Step { get; }

    public IEnumerable<object?> Iterate()
    {
        var from = From;
        var (to, step) = (To, Step);
        var next = from + step;
        var dir = from < to && next > from ? 1 : from > to && next < from ? -1 : 0;
        while (dir != 0)
        {
            var value = from;
            from += step;
            if ((dir > 0 && from >= to) || (dir < 0 && from <= to))
            {
                dir = 0;
            }

            yield return value;
        }
    }

    public bool Equals(FloatStepRange? other) =>
        other is not null && From.Equals(other.From) && To.Equals(other.To) && Step.Equals(other.Step);

    public override bool Equals(object? obj) => Equals(obj as FloatStepRange);

    public override int GetHashCode() => HashCode.Combine(From, To, Step);

    public override string ToString() => $"StepRange<f64>({ValueFormatter.FormatFloat(From)}, {ValueFormatter.FormatFloat(To)}, {ValueFormatter.FormatFloat(Step)})";
}

/// <summary>
/// The characters of part of a string (Rhai's <c>CharsStream</c>), taken when created. A negative start counts
/// from the end; a start beyond the end or a length ≤ 0 gives nothing. Immutable.
/// </summary>
internal sealed class CharsStream
{
    public const string TypeName = "rhai::packages::iter_basic::CharsStream";

    private readonly string _chars;

    public CharsStream(string s, long from, long len)
    {
        if (len <= 0 || from >= s.Length)
        {
            _chars = string.Empty;
            return;
        }

        var start = (int)(from >= 0 ? from : Math.Max(0, s.Length + from));
        var count = (int)Math.Min(len, s.Length - start);
        _chars = s.Substring(start, count);
    }

    public int Count => _chars.Length;

    public IEnumerable<object?> Iterate()
    {
        foreach (var c in _chars)
        {
            yield return c;
        }
    }

    public override string ToString() => $"CharsStream({_chars})";
}

/// <summary>
/// Some bits of an INT, lowest first, as bools (Rhai's <c>BitRange</c>). A negative start counts from the most
/// significant bit; the length is clipped to the bits available. Immutable.
/// </summary>
internal sealed class BitRange
{
    public const string TypeName = "rhai::packages::iter_basic::BitRange";

    public BitRange(long value, long from, long len)
    {
        var start = BitFieldFunctions.BitIndex(from);
        Value = value >> start;
        Count = len < 0 ? 0 : len > BitFieldFunctions.IntBits - start ? BitFieldFunctions.IntBits - start : (int)len;
    }

    /// <summary>The value already shifted so that the first bit to yield is bit 0.</summary>
    public long Value { get; }

    public int Count { get; }

    public IEnumerable<object?> Iterate()
    {
        var v = Value;
        for (var i = 0; i < Count; i++)
        {
            yield return Boxes.Bool((v & 1) != 0);
            v >>= 1;
        }
    }

    public override string ToString() => $"BitRange({Value}, {Count})";
}
