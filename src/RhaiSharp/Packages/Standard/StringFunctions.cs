using System.Text;
using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

/// <summary>Ports Rhai's BasicString and MoreString packages (string_basic.rs, string_more.rs) plus char functions.</summary>
/// <remarks>
/// Rhai indexes strings by Unicode scalar values; this port treats each UTF-16 code unit as one character
/// (so a character outside the Basic Multilingual Plane counts as two). Lengths, indices, <c>get</c>/<c>set</c>,
/// <c>sub_string</c>, <c>crop</c>, <c>pad</c> and <c>split(index)</c> all use that unit. Negative indices count from the end.
/// Mutating methods write the new string into <c>args[0]</c> and are registered as not pure.
/// </remarks>
internal static partial class StringFunctions
{
    private static readonly Type Str = typeof(string);
    private static readonly Type Chr = typeof(char);
    private static readonly Type Int = typeof(long);
    private static readonly Type Any = typeof(object);
    private static readonly Type UnitType = typeof(Unit);
    private static readonly Type Blob = typeof(List<byte>);
    private static readonly Type Range = typeof(ScriptRange);

    public static void Register(ModuleBuilder builder)
    {
        RegisterBasic(builder);
        RegisterOperators(builder);
        RegisterQueries(builder);
        RegisterMutators(builder);
        RegisterSlicing(builder);
        RegisterSplitting(builder);
    }

    /// <summary>Rhai's BasicString package: conversions of any value to text and number formatting.</summary>
    private static void RegisterBasic(ModuleBuilder builder)
    {
        builder.FnCtx<object?, string>("print", (c, x) => c.ToDisplay(x));
        builder.FnCtx<object?, string>("to_string", (c, x) => c.ToDisplay(x));
        builder.FnCtx<object?, string>("debug", (c, x) => c.ToDebug(x));
        builder.FnCtx<object?, string>("to_debug", (c, x) => c.ToDebug(x));
        // Rhai's debug form of a char is the bare character (string_basic.rs debug_char), unlike inside arrays.
        builder.Fn<char, string>("debug", c => c.ToString());
        builder.Fn<char, string>("to_debug", c => c.ToString());
        builder.Fn("print", () => string.Empty);
        builder.Fn("debug", () => string.Empty);

        // Rust's {:x} {:o} {:b} print negative numbers in two's complement; so does Convert.ToString for these bases.
        builder.Fn<long, string>("to_hex", x => Convert.ToString(x, 16));
        builder.Fn<long, string>("to_octal", x => Convert.ToString(x, 8));
        builder.Fn<long, string>("to_binary", x => Convert.ToString(x, 2));

        builder.Fn<char, long>("to_int", c => c);
    }

    /// <summary>Operators <c>+ += - -=</c> and <c>append</c> on strings and chars.</summary>
    private static void RegisterOperators(ModuleBuilder builder)
    {
        builder.Raw("+", [Str, Any], (c, a) => Concat(c, (string)a[0]!, c.ToDisplay(a[1])));
        builder.Raw("+", [Any, Str], (c, a) => Concat(c, c.ToDisplay(a[0]), (string)a[1]!));
        builder.Raw("+", [Str, Str], (c, a) => Concat(c, (string)a[0]!, (string)a[1]!));
        builder.Raw("+", [Str, Chr], (c, a) => Concat(c, (string)a[0]!, CharText(a[1])));
        builder.Raw("+", [Chr, Str], (c, a) => Concat(c, CharText(a[0]), (string)a[1]!));
        builder.Raw("+", [Chr, Chr], (c, a) => Concat(c, CharText(a[0]), CharText(a[1])));
        builder.Raw("+", [Str, UnitType], (_, a) => a[0]);
        builder.Raw("+", [UnitType, Str], (_, a) => a[1]);
        builder.Raw("+", [Str, Blob], (c, a) => Concat(c, (string)a[0]!, Utf8Lossy(a[1])));
        builder.Raw("+", [Blob, Str], (c, a) => Concat(c, Utf8Lossy(a[0]), (string)a[1]!));

        foreach (var name in new[] { "+=", "append" })
        {
            builder.Raw(name, [Str, Any], (c, a) => Append(c, a, c.ToDisplay(a[1])), pure: false);
            builder.Raw(name, [Str, Str], (c, a) => Append(c, a, (string)a[1]!), pure: false);
            builder.Raw(name, [Str, Chr], (c, a) => Append(c, a, CharText(a[1])), pure: false);
            builder.Raw(name, [Str, Blob], (c, a) => Append(c, a, Utf8Lossy(a[1])), pure: false);
        }

        builder.Raw("+=", [Str, UnitType], (_, _) => null, pure: false);

        // Rhai's built-in `char += char` turns the variable into a string.
        builder.Raw("+=", [Chr, Chr], (c, a) => Mutate(a, Concat(c, CharText(a[0]), CharText(a[1]))), pure: false);

        builder.Fn<string, string, string>("-", Remove);
        builder.Fn<string, char, string>("-", (s, ch) => Remove(s, ch.ToString()));
        foreach (var name in new[] { "-=", "remove" })
        {
            builder.Raw(name, [Str, Str], (_, a) => Mutate(a, Remove((string)a[0]!, (string)a[1]!)), pure: false);
            builder.Raw(name, [Str, Chr], (_, a) => Mutate(a, Remove((string)a[0]!, CharText(a[1]))), pure: false);
        }
    }

    private static string CharText(object? c) => ((char)c!).ToString();

    private static string Utf8Lossy(object? blob) =>
        Encoding.UTF8.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan((List<byte>)blob!));

    private static string Concat(NativeCallContext ctx, string left, string right)
    {
        if (right.Length == 0)
        {
            return left;
        }

        if (left.Length == 0)
        {
            return right;
        }

        ctx.CheckStringSize((long)left.Length + right.Length);
        return string.Concat(left, right);
    }

    private static object? Append(NativeCallContext ctx, object?[] args, string tail)
    {
        args[0] = Concat(ctx, (string)args[0]!, tail);
        return null;
    }

    /// <summary>Stores the new string in the <c>this</c> slot and returns unit.</summary>
    private static object? Mutate(object?[] args, string value)
    {
        args[0] = value;
        return null;
    }

    /// <summary>Removes every occurrence of <paramref name="find"/> (Rhai's <c>ImmutableString - &amp;str</c>).</summary>
    private static string Remove(string s, string find) =>
        find.Length == 0 || s.Length == 0 ? s : s.Replace(find, string.Empty, StringComparison.Ordinal);
}
