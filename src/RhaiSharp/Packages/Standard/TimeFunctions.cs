using System.Diagnostics;
using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

/// <summary>Ports Rhai's BasicTime package (time_basic.rs).</summary>
internal static class TimeFunctions
{
    public static void Register(ModuleBuilder builder)
    {
        builder.Fn("timestamp", Timestamp.Now);
        builder.Fn<Timestamp, double>("elapsed", Elapsed);
        builder.Getter<Timestamp, double>("elapsed", Elapsed);

        builder.Fn<Timestamp, Timestamp, double>("-", (t1, t2) => t1.SecondsSince(t2));
        builder.Fn<Timestamp, long, Timestamp>("+", AddSeconds);
        builder.Fn<Timestamp, long, Timestamp>("-", SubtractSeconds);
        builder.Fn<Timestamp, double, Timestamp>("+", AddSeconds);
        builder.Fn<Timestamp, double, Timestamp>("-", SubtractSeconds);

        builder.Raw("+=", [typeof(Timestamp), typeof(long)], (c, a) => Assign(a, AddSeconds((Timestamp)a[0]!, (long)a[1]!)), pure: false);
        builder.Raw("-=", [typeof(Timestamp), typeof(long)], (c, a) => Assign(a, SubtractSeconds((Timestamp)a[0]!, (long)a[1]!)), pure: false);
        builder.Raw("+=", [typeof(Timestamp), typeof(double)], (c, a) => Assign(a, AddSeconds((Timestamp)a[0]!, (double)a[1]!)), pure: false);
        builder.Raw("-=", [typeof(Timestamp), typeof(double)], (c, a) => Assign(a, SubtractSeconds((Timestamp)a[0]!, (double)a[1]!)), pure: false);

        builder.Fn<Timestamp, Timestamp, bool>("==", (x, y) => x.Ticks == y.Ticks);
        builder.Fn<Timestamp, Timestamp, bool>("!=", (x, y) => x.Ticks != y.Ticks);
        builder.Fn<Timestamp, Timestamp, bool>("<", (x, y) => x.Ticks < y.Ticks);
        builder.Fn<Timestamp, Timestamp, bool>("<=", (x, y) => x.Ticks <= y.Ticks);
        builder.Fn<Timestamp, Timestamp, bool>(">", (x, y) => x.Ticks > y.Ticks);
        builder.Fn<Timestamp, Timestamp, bool>(">=", (x, y) => x.Ticks >= y.Ticks);
    }

    private static object? Assign(object?[] args, Timestamp value)
    {
        args[0] = value;
        return null;
    }

    internal static double Elapsed(Timestamp timestamp)
    {
        var now = Stopwatch.GetTimestamp();
        if (timestamp.Ticks > now)
        {
            throw MathFunctions.ArithmeticError("Time-stamp is later than now");
        }

        return (now - timestamp.Ticks) / (double)Stopwatch.Frequency;
    }

    internal static Timestamp AddSeconds(Timestamp timestamp, long seconds) =>
        Offset(timestamp, (Int128)seconds * Stopwatch.Frequency, () => $"Timestamp overflow when adding {seconds} second(s)");

    internal static Timestamp SubtractSeconds(Timestamp timestamp, long seconds) =>
        Offset(timestamp, -((Int128)seconds * Stopwatch.Frequency), () => $"Timestamp overflow when subtracting {seconds} second(s)");

    // Rhai adds FLOAT seconds with millisecond precision and rejects amounts beyond the INT range.
    internal static Timestamp AddSeconds(Timestamp timestamp, double seconds) =>
        seconds < 0 ? SubtractSeconds(timestamp, -seconds) : Offset(timestamp, FloatTicks(seconds, "add"), () => $"Timestamp overflow when adding {Format(seconds)} second(s)");

    internal static Timestamp SubtractSeconds(Timestamp timestamp, double seconds) =>
        seconds < 0 ? AddSeconds(timestamp, -seconds) : Offset(timestamp, -FloatTicks(seconds, "subtract"), () => $"Timestamp overflow when subtracting {Format(seconds)} second(s)");

    private static Int128 FloatTicks(double seconds, string op)
    {
        if (seconds > 9223372036854775807.0)
        {
            throw MathFunctions.ArithmeticError($"Integer overflow for timestamp {op}: {Format(seconds)}");
        }

        // NaN and fractions below a millisecond give 0, as Rust's saturating cast does.
        var millis = double.IsNaN(seconds) ? 0UL : (ulong)Math.Min(seconds * 1000.0, 18446744073709551615.0);
        return (Int128)millis * Stopwatch.Frequency / 1000;
    }

    private static Timestamp Offset(Timestamp timestamp, Int128 deltaTicks, Func<string> message)
    {
        var ticks = timestamp.Ticks + deltaTicks;
        if (ticks > long.MaxValue || ticks < long.MinValue)
        {
            throw MathFunctions.ArithmeticError(message());
        }

        return new Timestamp((long)ticks);
    }

    private static string Format(double d) => ValueFormatter.FormatFloat(d);
}
