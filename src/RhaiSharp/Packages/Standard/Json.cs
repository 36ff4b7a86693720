using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

/// <summary>
/// JSON for maps: <c>to_json</c> writes what Rhai's <c>format_map_as_json</c> writes (compact, keys sorted, strings and
/// other scalars in Rhai's debug format, function pointers as their name or <c>[name, curried…]</c>), and
/// <c>parse_json</c> reads standard JSON into script values.
/// </summary>
internal static class Json
{
    /// <summary>Deepest nesting of arrays and objects <see cref="Parse"/> accepts.</summary>
    public const int MaxDepth = 512;

    public static string Write(SortedDictionary<string, object?> map)
    {
        var sb = new StringBuilder();
        WriteMap(sb, map);
        return sb.ToString();
    }

    private static void WriteMap(StringBuilder sb, SortedDictionary<string, object?> map)
    {
        EnsureStack();
        WorkClock.Add(map.Count);
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in map)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            sb.Append(ValueFormatter.ToDebug(key)).Append(':');
            WriteValue(sb, value);
        }

        sb.Append('}');
    }

    private static void WriteValue(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case SortedDictionary<string, object?> map:
                WriteMap(sb, map);
                break;
            case List<object?> array:
                EnsureStack();
                WorkClock.Add(array.Count);
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    WriteValue(sb, array[i]);
                }

                sb.Append(']');
                break;
            case FnPtr fn when fn.Curried.Length > 0:
                sb.Append('[').Append(ValueFormatter.ToDebug(fn.Name));
                foreach (var arg in fn.Curried)
                {
                    sb.Append(',');
                    WriteValue(sb, arg);
                }

                sb.Append(']');
                break;
            case FnPtr fn:
                sb.Append(ValueFormatter.ToDebug(fn.Name));
                break;
            default:
                // A host object is written as the string of its opaque name, never its own ToString().
                sb.Append(ValueFormatter.ToDebug(TypeNames.OfBuiltIn(value) is null ? ValueFormatter.OpaqueName(value) : value));
                break;
        }
    }

    private static void EnsureStack()
    {
        DepthGuard.EnterValue();
    }

    /// <summary>Parses JSON text: objects become maps, arrays arrays, integers INT, other numbers FLOAT, <c>null</c> unit.</summary>
    public static object? Parse(string text)
    {
        var parser = new Parser(text);
        parser.SkipWhitespace();
        var value = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (!parser.AtEnd)
        {
            throw parser.Error("unexpected text after the JSON value");
        }

        return value;
    }

    private sealed class Parser(string text)
    {
        private int _pos;

        public bool AtEnd => _pos >= text.Length;

        public RuntimeException Error(string message) =>
            new(RuntimeErrorKind.Runtime, $"Invalid JSON: {message} at position {_pos}", Position.None);

        public void SkipWhitespace()
        {
            while (_pos < text.Length && text[_pos] is ' ' or '\t' or '\n' or '\r')
            {
                _pos++;
            }
        }

        public object? ParseValue(int depth)
        {
            if (AtEnd)
            {
                throw Error("unexpected end of input");
            }

            switch (text[_pos])
            {
                case '{':
                    return ParseObject(depth + 1);
                case '[':
                    return ParseArray(depth + 1);
                case '"':
                    return ParseString();
                case 't':
                    ExpectWord("true");
                    return Boxes.True;
                case 'f':
                    ExpectWord("false");
                    return Boxes.False;
                case 'n':
                    ExpectWord("null");
                    return null;
                case '-':
                case >= '0' and <= '9':
                    return ParseNumber();
                default:
                    throw Error($"unexpected character '{text[_pos]}'");
            }
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"nesting deeper than {MaxDepth} levels");
            }
        }

        private SortedDictionary<string, object?> ParseObject(int depth)
        {
            CheckDepth(depth);
            _pos++; // {
            var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            SkipWhitespace();
            if (!AtEnd && text[_pos] == '}')
            {
                _pos++;
                return map;
            }

            while (true)
            {
                SkipWhitespace();
                if (AtEnd || text[_pos] != '"')
                {
                    throw Error("expected a property name in double quotes");
                }

                var key = ParseString();
                SkipWhitespace();
                Expect(':');
                SkipWhitespace();
                map[key] = ParseValue(depth);
                SkipWhitespace();
                if (AtEnd)
                {
                    throw Error("unexpected end of input in an object");
                }

                if (text[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                Expect('}');
                return map;
            }
        }

        private List<object?> ParseArray(int depth)
        {
            CheckDepth(depth);
            _pos++; // [
            var list = new List<object?>();
            SkipWhitespace();
            if (!AtEnd && text[_pos] == ']')
            {
                _pos++;
                return list;
            }

            while (true)
            {
                SkipWhitespace();
                list.Add(ParseValue(depth));
                SkipWhitespace();
                if (AtEnd)
                {
                    throw Error("unexpected end of input in an array");
                }

                if (text[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                Expect(']');
                return list;
            }
        }

        private string ParseString()
        {
            _pos++; // opening quote
            var sb = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Error("unterminated string");
                }

                var c = text[_pos++];
                if (c == '"')
                {
                    return sb.ToString();
                }

                if (c < ' ')
                {
                    _pos--;
                    throw Error("control character in a string");
                }

                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }

                if (AtEnd)
                {
                    throw Error("unterminated string");
                }

                var e = text[_pos++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 > text.Length
                            || !int.TryParse(text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("invalid \\u escape");
                        }

                        _pos += 4;
                        sb.Append((char)code);
                        break;
                    default:
                        _pos--;
                        throw Error($"invalid escape '\\{e}'");
                }
            }
        }

        private object ParseNumber()
        {
            var start = _pos;
            if (text[_pos] == '-')
            {
                _pos++;
            }

            if (AtEnd || !char.IsAsciiDigit(text[_pos]))
            {
                throw Error("invalid number");
            }

            if (text[_pos] == '0')
            {
                _pos++;
            }
            else
            {
                SkipDigits();
            }

            var isFloat = false;
            if (!AtEnd && text[_pos] == '.')
            {
                isFloat = true;
                _pos++;
                if (AtEnd || !char.IsAsciiDigit(text[_pos]))
                {
                    throw Error("invalid number");
                }

                SkipDigits();
            }

            if (!AtEnd && text[_pos] is 'e' or 'E')
            {
                isFloat = true;
                _pos++;
                if (!AtEnd && text[_pos] is '+' or '-')
                {
                    _pos++;
                }

                if (AtEnd || !char.IsAsciiDigit(text[_pos]))
                {
                    throw Error("invalid number");
                }

                SkipDigits();
            }

            var span = text.AsSpan(start, _pos - start);
            if (!isFloat && long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                return Boxes.Int(l);
            }

            // Integers beyond the INT range fall back to FLOAT.
            return double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        private void SkipDigits()
        {
            while (!AtEnd && char.IsAsciiDigit(text[_pos]))
            {
                _pos++;
            }
        }

        private void Expect(char c)
        {
            if (AtEnd || text[_pos] != c)
            {
                throw Error($"expected '{c}'");
            }

            _pos++;
        }

        private void ExpectWord(string word)
        {
            if (string.CompareOrdinal(text, _pos, word, 0, word.Length) != 0)
            {
                throw Error("invalid literal");
            }

            _pos += word.Length;
        }
    }
}
