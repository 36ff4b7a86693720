using System.Text;
using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

// Queries, case conversion and in-place editing (Rhai: string_more.rs).
internal static partial class StringFunctions
{
    private static void RegisterQueries(ModuleBuilder builder)
    {
        builder.Fn<string, long>("len", s => s.Length);
        builder.Getter<string, long>("len", s => s.Length);
        builder.Fn<string, bool>("is_empty", s => s.Length == 0);
        builder.Getter<string, bool>("is_empty", s => s.Length == 0);
        builder.Fn<string, long>("bytes", s => Encoding.UTF8.GetByteCount(s));
        builder.Getter<string, long>("bytes", s => Encoding.UTF8.GetByteCount(s));

        builder.Fn<string, string, bool>("contains", (s, find) => s.Contains(find, StringComparison.Ordinal));
        builder.Fn<string, char, bool>("contains", (s, c) => s.Contains(c, StringComparison.Ordinal));
        builder.Fn<string, string, bool>("starts_with", (s, find) => s.StartsWith(find, StringComparison.Ordinal));
        builder.Fn<string, string, bool>("ends_with", (s, find) => s.EndsWith(find, StringComparison.Ordinal));

        builder.Fn<string, string, long>("index_of", (s, find) => IndexOf(s, find, 0));
        builder.Fn<string, char, long>("index_of", (s, c) => IndexOf(s, c.ToString(), 0));
        builder.Fn<string, string, long, long>("index_of", IndexOf);
        builder.Fn<string, char, long, long>("index_of", (s, c, start) => IndexOf(s, c.ToString(), start));

        builder.Raw("get", [Str, Int], (_, a) => GetChar((string)a[0]!, (long)a[1]!));

        builder.Fn<string, string>("to_upper", s => s.ToUpperInvariant());
        builder.Fn<string, string>("to_lower", s => s.ToLowerInvariant());
        builder.Fn<char, char>("to_upper", char.ToUpperInvariant);
        builder.Fn<char, char>("to_lower", char.ToLowerInvariant);

        builder.Fn<string, string, string>("min", (x, y) => string.CompareOrdinal(x, y) <= 0 ? x : y);
        builder.Fn<string, string, string>("max", (x, y) => string.CompareOrdinal(x, y) >= 0 ? x : y);
        builder.Fn<char, char, char>("min", (x, y) => x <= y ? x : y);
        builder.Fn<char, char, char>("max", (x, y) => x >= y ? x : y);

        builder.Fn<string, List<object?>>("to_chars", s =>
        {
            var result = new List<object?>(s.Length);
            foreach (var c in s)
            {
                result.Add(c);
            }

            return result;
        });
        builder.Fn<string, List<byte>>("to_blob", s => [.. Encoding.UTF8.GetBytes(s)]);
    }

    private static void RegisterMutators(ModuleBuilder builder)
    {
        builder.Raw("clear", [Str], (_, a) => Mutate(a, string.Empty), pure: false);
        builder.Raw("trim", [Str], (_, a) => Mutate(a, ((string)a[0]!).Trim()), pure: false);
        builder.Raw("truncate", [Str, Int], (_, a) =>
        {
            var s = (string)a[0]!;
            var len = (long)a[1]!;
            return Mutate(a, len <= 0 ? string.Empty : len >= s.Length ? s : s[..(int)len]);
        }, pure: false);

        builder.Raw("pop", [Str], (_, a) =>
        {
            var s = (string)a[0]!;
            if (s.Length == 0)
            {
                return null;
            }

            a[0] = s[..^1];
            return s[^1];
        }, pure: false);
        builder.Raw("pop", [Str, Int], (_, a) =>
        {
            var s = (string)a[0]!;
            var n = (long)a[1]!;
            if (s.Length == 0 || n <= 0)
            {
                return string.Empty;
            }

            var keep = n >= s.Length ? 0 : s.Length - (int)n;
            a[0] = s[..keep];
            return s[keep..];
        }, pure: false);

        builder.Raw("make_upper", [Str], (_, a) => Mutate(a, ((string)a[0]!).ToUpperInvariant()), pure: false);
        builder.Raw("make_lower", [Str], (_, a) => Mutate(a, ((string)a[0]!).ToLowerInvariant()), pure: false);
        builder.Raw("make_upper", [Chr], (_, a) =>
        {
            a[0] = char.ToUpperInvariant((char)a[0]!);
            return null;
        }, pure: false);
        builder.Raw("make_lower", [Chr], (_, a) =>
        {
            a[0] = char.ToLowerInvariant((char)a[0]!);
            return null;
        }, pure: false);

        builder.Raw("set", [Str, Int, Chr], (_, a) =>
        {
            var s = (string)a[0]!;
            var index = (long)a[1]!;
            var position = index >= 0 ? index : s.Length + index;
            if (position >= 0 && position < s.Length)
            {
                var chars = s.ToCharArray();
                chars[position] = (char)a[2]!;
                a[0] = new string(chars);
            }

            return null;
        }, pure: false);

        builder.Raw("replace", [Str, Str, Str], (c, a) => Replace(c, a, (string)a[1]!, (string)a[2]!), pure: false);
        builder.Raw("replace", [Str, Str, Chr], (c, a) => Replace(c, a, (string)a[1]!, CharText(a[2])), pure: false);
        builder.Raw("replace", [Str, Chr, Str], (c, a) => Replace(c, a, CharText(a[1]), (string)a[2]!), pure: false);
        builder.Raw("replace", [Str, Chr, Chr], (c, a) => Replace(c, a, CharText(a[1]), CharText(a[2])), pure: false);

        builder.Raw("pad", [Str, Int, Chr], (c, a) => Pad(c, a, CharText(a[2])), pure: false);
        builder.Raw("pad", [Str, Int, Str], (c, a) => Pad(c, a, (string)a[2]!), pure: false);
    }

    /// <summary>
    /// Rhai's <c>index_of</c>: -1 when absent or when the string is empty; a negative start counts from the end
    /// (clamped to 0); a start at or past the end gives -1.
    /// </summary>
    private static long IndexOf(string s, string find, long start)
    {
        if (s.Length == 0)
        {
            return -1;
        }

        int from;
        if (start < 0)
        {
            from = start < -(long)s.Length ? 0 : s.Length + (int)start;
        }
        else if (start >= s.Length)
        {
            return -1;
        }
        else
        {
            from = (int)start;
        }

        return s.IndexOf(find, from, StringComparison.Ordinal);
    }

    /// <summary>Rhai's <c>get</c>: the character at a position, or <c>()</c> when out of range (never an error).</summary>
    private static object? GetChar(string s, long index)
    {
        var position = index >= 0 ? index : s.Length + index;
        return position >= 0 && position < s.Length ? s[(int)position] : null;
    }

    /// <summary>Rust's <c>str::replace</c>: an empty pattern matches before every character and at the end.</summary>
    private static object? Replace(NativeCallContext ctx, object?[] args, string find, string substitute)
    {
        var s = (string)args[0]!;
        if (s.Length == 0)
        {
            return null;
        }

        string result;
        if (find.Length > 0)
        {
            result = s.Replace(find, substitute, StringComparison.Ordinal);
        }
        else
        {
            ctx.CheckStringSize(s.Length + ((s.Length + 1L) * substitute.Length));
            var sb = new StringBuilder(s.Length + ((s.Length + 1) * substitute.Length));
            foreach (var ch in s)
            {
                sb.Append(substitute).Append(ch);
            }

            result = sb.Append(substitute).ToString();
        }

        if (result.Length > s.Length)
        {
            ctx.CheckStringSize(result.Length);
        }

        args[0] = result;
        return null;
    }

    /// <summary>Rhai's <c>pad</c>: appends copies of the padding (the last one cut short) until the string has <c>len</c> characters.</summary>
    private static object? Pad(NativeCallContext ctx, object?[] args, string padding)
    {
        var s = (string)args[0]!;
        var len = (long)args[1]!;
        if (len <= 0)
        {
            return null;
        }

        ctx.CheckStringSize(len);
        if (len <= s.Length || padding.Length == 0)
        {
            return null;
        }

        var target = (int)Math.Min(len, int.MaxValue);
        var sb = new StringBuilder(s, target);
        var steps = 0;
        while (sb.Length < target)
        {
            if ((++steps & 0xFFF) == 0)
            {
                ctx.CheckInterrupt();
            }

            var room = target - sb.Length;
            sb.Append(padding, 0, Math.Min(room, padding.Length));
        }

        args[0] = sb.ToString();
        return null;
    }
}
