using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

// sub_string, crop and the split family (Rhai: string_more.rs). None of these raise index errors: positions are clamped.
internal static partial class StringFunctions
{
    private static void RegisterSlicing(ModuleBuilder builder)
    {
        builder.Fn<string, long, long, string>("sub_string", SubString);
        builder.Fn<string, long, string>("sub_string", (s, start) => SubString(s, start, long.MaxValue));
        builder.Fn<string, ScriptRange, string>("sub_string", (s, r) => SubString(s, RangeStart(r), RangeLength(r)));

        builder.Raw("crop", [Str, Int, Int], (_, a) => Mutate(a, SubString((string)a[0]!, (long)a[1]!, (long)a[2]!)), pure: false);
        builder.Raw("crop", [Str, Int], (_, a) => Mutate(a, SubString((string)a[0]!, (long)a[1]!, long.MaxValue)), pure: false);
        builder.Raw("crop", [Str, Range], (_, a) =>
        {
            var r = (ScriptRange)a[1]!;
            return Mutate(a, SubString((string)a[0]!, RangeStart(r), RangeLength(r)));
        }, pure: false);
    }

    private static void RegisterSplitting(ModuleBuilder builder)
    {
        builder.Fn<string, List<object?>>("split", SplitWhitespace);
        builder.Fn<string, long, List<object?>>("split", SplitAt);
        builder.Fn<string, string, List<object?>>("split", (s, sep) => Split(s, sep, 0, reverse: false));
        builder.Fn<string, char, List<object?>>("split", (s, sep) => Split(s, sep.ToString(), 0, reverse: false));
        builder.Fn<string, string, long, List<object?>>("split", (s, sep, n) => SplitN(s, sep, n, reverse: false));
        builder.Fn<string, char, long, List<object?>>("split", (s, sep, n) => SplitN(s, sep.ToString(), n, reverse: false));
        builder.Fn<string, string, List<object?>>("split_rev", (s, sep) => Split(s, sep, 0, reverse: true));
        builder.Fn<string, char, List<object?>>("split_rev", (s, sep) => Split(s, sep.ToString(), 0, reverse: true));
        builder.Fn<string, string, long, List<object?>>("split_rev", (s, sep, n) => SplitN(s, sep, n, reverse: true));
        builder.Fn<string, char, long, List<object?>>("split_rev", (s, sep, n) => SplitN(s, sep.ToString(), n, reverse: true));
    }

    /// <summary>
    /// Rhai's <c>sub_string(start, len)</c>: empty when the string is empty, <c>len</c> ≤ 0 or <c>start</c> ≥ length;
    /// a negative start counts from the end (clamped to 0); the length is clamped to what is left.
    /// </summary>
    internal static string SubString(string s, long start, long len)
    {
        if (s.Length == 0 || len <= 0)
        {
            return string.Empty;
        }

        int offset;
        if (start < 0)
        {
            offset = start < -(long)s.Length ? 0 : s.Length + (int)start;
        }
        else if (start >= s.Length)
        {
            return string.Empty;
        }
        else
        {
            offset = (int)start;
        }

        var take = (int)Math.Min(len, s.Length - offset);
        return take == s.Length ? s : s.Substring(offset, take);
    }

    // Rhai clamps a range's start to 0 and its end to at least the start; an inclusive range then always
    // covers at least one character (so 3..=1 is treated as 3..=3).
    private static long RangeStart(ScriptRange r) => Math.Max(r.Start, 0);

    private static long RangeLength(ScriptRange r)
    {
        var start = RangeStart(r);
        var end = Math.Max(r.End, start);
        var len = (Int128)end - start + (r.Inclusive ? 1 : 0);
        return len > long.MaxValue ? long.MaxValue : (long)len;
    }

    /// <summary>Rhai's <c>split(index)</c>: two strings cut at a character position (negative from the end).</summary>
    /// <remarks>Like Rhai, an index of 0 counts "from the end" and so returns <c>[whole, ""]</c>.</remarks>
    private static List<object?> SplitAt(string s, long index)
    {
        int cut;
        if (index <= 0)
        {
            cut = index < -(long)s.Length ? 0 : s.Length + (int)index;
        }
        else
        {
            cut = index >= s.Length ? s.Length : (int)index;
        }

        return [s[..cut], s[cut..]];
    }

    /// <summary>Rust's <c>split_whitespace</c>: pieces between runs of whitespace, no empty pieces.</summary>
    private static List<object?> SplitWhitespace(string s)
    {
        var result = new List<object?>();
        var start = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                if (start >= 0)
                {
                    result.Add(s[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            result.Add(s[start..]);
        }

        return result;
    }

    private static List<object?> SplitN(string s, string separator, long segments, bool reverse) =>
        segments < 1 ? [s] : Split(s, separator, segments, reverse);

    /// <summary>
    /// Rust's <c>split</c>/<c>splitn</c> (<c>rsplit</c>/<c>rsplitn</c> when <paramref name="reverse"/>): at most
    /// <paramref name="limit"/> pieces (0 = no limit), the last holding the rest. Reverse splitting searches from the end
    /// and returns pieces last first. An empty separator matches before every character and at the end.
    /// </summary>
    private static List<object?> Split(string s, string separator, long limit, bool reverse)
    {
        var result = new List<object?>();
        var max = limit <= 0 ? long.MaxValue : limit;

        if (separator.Length == 0)
        {
            // Rust yields "", then each character, then "": n + 2 pieces. With a limit the last piece is the rest.
            if (max == 1)
            {
                return [s];
            }

            var chars = max >= (long)s.Length + 2 ? s.Length : (int)max - 2;
            result.Add(string.Empty);
            for (var i = 0; i < chars; i++)
            {
                result.Add(reverse ? s[s.Length - 1 - i].ToString() : s[i].ToString());
            }

            result.Add(reverse ? s[..(s.Length - chars)] : s[chars..]);
            return result;
        }

        if (!reverse)
        {
            var pos = 0;
            while (result.Count < max - 1)
            {
                var found = s.IndexOf(separator, pos, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                result.Add(s[pos..found]);
                pos = found + separator.Length;
            }

            result.Add(s[pos..]);
        }
        else
        {
            var end = s.Length;
            while (result.Count < max - 1 && end >= separator.Length)
            {
                var found = s.LastIndexOf(separator, end - 1, end, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                result.Add(s[(found + separator.Length)..end]);
                end = found;
            }

            result.Add(s[..end]);
        }

        return result;
    }
}
