using System.Globalization;
using System.Text;

namespace RhaiSharp.Values;

/// <summary>
/// Formats values the way Rhai's <c>to_string</c> (Display) and <c>to_debug</c> (Debug) do
/// (Rhai: <c>types/dynamic.rs</c>, <c>types/float.rs FloatWrapper</c>, <c>packages/string_basic.rs</c>).
/// </summary>
internal static class ValueFormatter
{
    // Rhai switches to exponent notation outside this band (FloatWrapper::MAX/MIN_NATURAL_FLOAT_FOR_DISPLAY).
    private const double MaxNatural = 10_000_000_000_000.0;
    private const double MinNatural = 0.000_000_000_000_1;

    /// <summary>Rhai's Display: strings and chars unquoted, unit as an empty string.</summary>
    /// <param name="value">A script value.</param>
    /// <param name="opaque">How to show a host object (default <see cref="OpaqueName"/>).</param>
    public static string ToDisplay(object? value, Func<object, string>? opaque = null) => value switch
    {
        null => string.Empty,
        string s => s,
        char c => c.ToString(),
        _ => ToDebug(value, opaque),
    };

    /// <summary>Rhai's Debug: strings quoted and escaped, unit as <c>()</c>.</summary>
    /// <param name="value">A script value.</param>
    /// <param name="opaque">How to show a host object (default <see cref="OpaqueName"/>).</param>
    public static string ToDebug(object? value, Func<object, string>? opaque = null)
    {
        var sb = new StringBuilder();
        AppendDebug(sb, value, 0, opaque);
        return sb.ToString();
    }

    /// <summary>
    /// A host object with no formatting registered for it: <c>&lt;TypeName&gt;</c>, never its <c>ToString()</c>, which can
    /// say what a script must not see (a record's password, a file's full path). A host opts in per type with
    /// <c>OnToString</c>/<c>OnToDebug</c> (for example <c>t.OnToString(x =&gt; x.ToString())</c>). An enum value shows its
    /// name (<see cref="HostEnums"/>).
    /// </summary>
    public static string OpaqueName(object value) => value is Enum e ? e.ToString() : "<" + value.GetType().Name + ">";

    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var abs = Math.Abs(value);
        if (abs == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var sign = value < 0 ? "-" : string.Empty;
        var (digits, pointExponent) = ShortestDigits(abs);
        if (abs > MaxNatural || abs < MinNatural)
        {
            // Rust's {:e}: shortest mantissa, lower-case e, no '+' in the exponent.
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            return sign + mantissa + "e" + (pointExponent - 1).ToString(CultureInfo.InvariantCulture);
        }

        // value = 0.digits * 10^pointExponent
        string text;
        if (pointExponent <= 0)
        {
            text = "0." + new string('0', -pointExponent) + digits;
        }
        else if (pointExponent >= digits.Length)
        {
            text = digits + new string('0', pointExponent - digits.Length) + ".0";
        }
        else
        {
            text = digits[..pointExponent] + "." + digits[pointExponent..];
        }

        return sign + text;
    }

    /// <summary>The shortest round-trip digits of a positive finite value and where the decimal point goes.</summary>
    private static (string Digits, int PointExponent) ShortestDigits(double abs)
    {
        var r = abs.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var ePos = r.IndexOf('E', StringComparison.Ordinal);
        if (ePos >= 0)
        {
            exponent = int.Parse(r[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..ePos];
        }

        var dot = r.IndexOf('.', StringComparison.Ordinal);
        var intLength = dot < 0 ? r.Length : dot;
        var all = dot < 0 ? r : r.Remove(dot, 1);
        var leadingZeros = 0;
        while (leadingZeros < all.Length - 1 && all[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        var digits = all[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        return (digits, intLength - leadingZeros + exponent);
    }

    private static void AppendDebug(StringBuilder sb, object? value, int depth, Func<object, string>? opaque)
    {
        if (depth > 64)
        {
            sb.Append("...");
            return;
        }

        switch (value)
        {
            case null:
                sb.Append("()");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(FormatFloat(d));
                break;
            case char c:
                sb.Append('\'');
                AppendEscaped(sb, c.ToString(), '\'');
                sb.Append('\'');
                break;
            case string s:
                sb.Append('"');
                AppendEscaped(sb, s, '"');
                sb.Append('"');
                break;
            case List<object?> array:
                WorkClock.Add(array.Count);
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    AppendDebug(sb, array[i], depth + 1, opaque);
                }

                sb.Append(']');
                break;
            case SortedDictionary<string, object?> map:
                WorkClock.Add(map.Count);
                sb.Append("#{");
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    sb.Append('"');
                    AppendEscaped(sb, key, '"');
                    sb.Append("\": ");
                    AppendDebug(sb, item, depth + 1, opaque);
                }

                sb.Append('}');
                break;
            case List<byte> blob:
                sb.Append('[');
                for (var i = 0; i < blob.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append(blob[i].ToString(CultureInfo.InvariantCulture));
                }

                sb.Append(']');
                break;
            case ScriptRange range:
                sb.Append(range.ToString());
                break;
            case FnPtr fn:
                sb.Append("Fn(").Append(fn.Name).Append(')');
                break;
            case Timestamp:
                sb.Append("<timestamp>");
                break;
            default:
                sb.Append(opaque is null ? OpaqueName(value) : opaque(value));
                break;
        }
    }

    private static void AppendEscaped(StringBuilder sb, string s, char quote)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c == quote)
                    {
                        sb.Append('\\').Append(c);
                    }
                    else if (char.IsControl(c))
                    {
                        sb.Append("\\u{").Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append('}');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }
    }
}
