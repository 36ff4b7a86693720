using System.Globalization;

namespace RhaiSharp.Packages.Standard;

/// <summary>Ports Rhai's Arithmetic, Logic and BasicMath packages (arithmetic.rs, logic.rs, math_basic.rs).</summary>
internal static class MathFunctions
{
    // (double)long.MaxValue == 2^63; Rhai's to_int rejects values strictly beyond the INT range as FLOAT.
    private const double IntMaxAsFloat = 9223372036854775807.0;
    private const double IntMinAsFloat = -9223372036854775808.0;

    public static void Register(ModuleBuilder builder)
    {
        RegisterArithmetic(builder);
        RegisterLogic(builder);
        RegisterBasicMath(builder);
        RegisterConversions(builder);
    }

    private static void RegisterArithmetic(ModuleBuilder builder)
    {
        builder.Fn<long, long>("abs", Abs);
        builder.Fn<double, double>("abs", Math.Abs);
        builder.Fn<long, long>("sign", x => Math.Sign(x));
        builder.Fn<double, long>("sign", Sign);

        builder.Fn<long, bool>("is_zero", x => x == 0);
        builder.Fn<double, bool>("is_zero", x => x == 0.0);
        builder.Fn<long, bool>("is_odd", x => x % 2 != 0);
        builder.Fn<long, bool>("is_even", x => x % 2 == 0);
        builder.Getter<long, bool>("is_zero", x => x == 0);
        builder.Getter<double, bool>("is_zero", x => x == 0.0);
        builder.Getter<long, bool>("is_odd", x => x % 2 != 0);
        builder.Getter<long, bool>("is_even", x => x % 2 == 0);
    }

    private static void RegisterLogic(ModuleBuilder builder)
    {
        builder.Fn<long, long, long>("min", Math.Min);
        builder.Fn<long, long, long>("max", Math.Max);
        builder.Fn<double, double, double>("min", MinFloat);
        builder.Fn<double, double, double>("max", MaxFloat);
        builder.Fn<long, double, double>("min", (x, y) => MinFloat(x, y));
        builder.Fn<long, double, double>("max", (x, y) => MaxFloat(x, y));
        builder.Fn<double, long, double>("min", (x, y) => MinFloat(x, y));
        builder.Fn<double, long, double>("max", (x, y) => MaxFloat(x, y));
    }

    private static void RegisterBasicMath(ModuleBuilder builder)
    {
        builder.Fn<double, double>("sin", Math.Sin);
        builder.Fn<double, double>("cos", Math.Cos);
        builder.Fn<double, double>("tan", Math.Tan);
        builder.Fn<double, double>("sinh", Math.Sinh);
        builder.Fn<double, double>("cosh", Math.Cosh);
        builder.Fn<double, double>("tanh", Math.Tanh);
        builder.Fn<double, double>("asin", Math.Asin);
        builder.Fn<double, double>("acos", Math.Acos);
        builder.Fn<double, double>("atan", Math.Atan);
        builder.Fn<double, double, double>("atan", Math.Atan2);
        builder.Fn<double, double>("asinh", Math.Asinh);
        builder.Fn<double, double>("acosh", Math.Acosh);
        builder.Fn<double, double>("atanh", Math.Atanh);
        builder.Fn<double, double, double>("hypot", Hypot);
        builder.Fn<double, double>("sqrt", Math.Sqrt);
        builder.Fn<double, double>("exp", Math.Exp);
        builder.Fn<double, double>("ln", Math.Log);
        builder.Fn<double, double>("log10", Math.Log10);
        builder.Fn<double, double>("log", Math.Log10);
        builder.Fn<double, double, double>("log", Log);
        builder.Fn("E", () => Math.E);
        builder.Fn("PI", () => Math.PI);
        builder.Fn<double, double>("to_radians", x => x * (Math.PI / 180.0));
        builder.Fn<double, double>("to_degrees", x => x * (180.0 / Math.PI));

        RegisterFloatProperty(builder, "floor", Math.Floor);
        RegisterFloatProperty(builder, "ceiling", Math.Ceiling);
        RegisterFloatProperty(builder, "round", x => Math.Round(x, MidpointRounding.AwayFromZero));
        RegisterFloatProperty(builder, "int", Math.Truncate);
        RegisterFloatProperty(builder, "fraction", x => x - Math.Truncate(x));
        RegisterFloatProperty(builder, "is_nan", double.IsNaN);
        RegisterFloatProperty(builder, "is_finite", double.IsFinite);
        RegisterFloatProperty(builder, "is_infinite", double.IsInfinity);
    }

    private static void RegisterConversions(ModuleBuilder builder)
    {
        builder.Fn<double, long>("to_int", ToInt);
        builder.Fn<long, long>("to_int", x => x);
        builder.Fn<long, double>("to_float", x => x);
        builder.Fn<string, long>("parse_int", s => ParseInt(s, 10));
        builder.Fn<string, long, long>("parse_int", ParseInt);
        builder.Fn<string, double>("parse_float", ParseFloat);
    }

    private static void RegisterFloatProperty<TResult>(ModuleBuilder builder, string name, Func<double, TResult> fn)
    {
        builder.Fn(name, fn);
        builder.Getter(name, fn);
    }

    internal static long Abs(long x) =>
        x == long.MinValue ? throw ArithmeticError($"Negation overflow: -{x}") : Math.Abs(x);

    internal static long Sign(double x)
    {
        if (double.IsNaN(x))
        {
            throw ArithmeticError("Cannot find sign of NaN");
        }

        return x == 0.0 ? 0 : x > 0 ? 1 : -1;
    }

    // Rust's f64::max/min semantics as Rhai writes them: `if x >= y { x } else { y }`.
    private static double MaxFloat(double x, double y) => x >= y ? x : y;

    private static double MinFloat(double x, double y) => x <= y ? x : y;

    private static double Hypot(double x, double y)
    {
        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return double.PositiveInfinity;
        }

        return Math.Sqrt((x * x) + (y * y));
    }

    private static double Log(double x, double @base) => @base == 10.0 ? Math.Log10(x) : Math.Log(x) / Math.Log(@base);

    internal static long ToInt(double x)
    {
        if (x > IntMaxAsFloat || x < IntMinAsFloat)
        {
            throw ArithmeticError($"Integer overflow: to_int({Values.ValueFormatter.FormatFloat(x)})");
        }

        if (double.IsNaN(x))
        {
            return 0; // Rust's saturating `as` cast.
        }

        var t = Math.Truncate(x);
        return t >= IntMaxAsFloat ? long.MaxValue : (long)t;
    }

    /// <summary>Rust's <c>i64::from_str_radix(s.trim(), radix)</c>.</summary>
    internal static long ParseInt(string s, long radix)
    {
        if (radix is < 2 or > 36)
        {
            throw ArithmeticError($"Invalid radix: '{radix}'");
        }

        var text = s.Trim();
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && (span[0] == '+' || span[0] == '-'))
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span.IsEmpty)
        {
            throw ArithmeticError($"Error parsing integer number '{s}': cannot parse integer from empty string");
        }

        long value = 0;
        foreach (var c in span)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                throw ArithmeticError($"Error parsing integer number '{s}': invalid digit found in string");
            }

            // Accumulate negatively so that i64::MIN parses.
            try
            {
                value = checked((value * radix) - digit);
            }
            catch (OverflowException)
            {
                throw ArithmeticError(negative
                    ? $"Error parsing integer number '{s}': number too small to fit in target type"
                    : $"Error parsing integer number '{s}': number too large to fit in target type");
            }
        }

        if (negative)
        {
            return value;
        }

        if (value == long.MinValue)
        {
            throw ArithmeticError($"Error parsing integer number '{s}': number too large to fit in target type");
        }

        return -value;
    }

    /// <summary>Rust's <c>s.trim().parse::&lt;f64&gt;()</c>.</summary>
    internal static double ParseFloat(string s)
    {
        var text = s.Trim();
        var body = text.Length > 0 && (text[0] == '+' || text[0] == '-') ? text[1..] : text;
        var negative = text.StartsWith('-');
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        // Rust accepts digits with an optional '.', fraction and exponent; nothing else (no whitespace inside, no '_').
        var valid = body.Length > 0;
        var sawDigit = false;
        var i = 0;
        while (i < body.Length && char.IsAsciiDigit(body[i]))
        {
            i++;
            sawDigit = true;
        }

        if (i < body.Length && body[i] == '.')
        {
            i++;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
                sawDigit = true;
            }
        }

        if (sawDigit && i < body.Length && (body[i] == 'e' || body[i] == 'E'))
        {
            i++;
            if (i < body.Length && (body[i] == '+' || body[i] == '-'))
            {
                i++;
            }

            var expDigits = false;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
                expDigits = true;
            }

            valid &= expDigits;
        }

        valid &= sawDigit && i == body.Length;
        if (!valid || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result))
        {
            throw ArithmeticError($"Error parsing floating-point number '{s}': invalid float literal");
        }

        return result;
    }

    internal static RuntimeException ArithmeticError(string message) =>
        new(RuntimeErrorKind.Arithmetic, message, Position.None);
}
