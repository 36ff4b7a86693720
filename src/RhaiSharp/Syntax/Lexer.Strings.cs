using System.Runtime.CompilerServices;
using System.Text;

namespace RhaiSharp.Syntax;

internal sealed partial class Lexer
{
    private static ParseException Unterminated(string what, Position position) =>
        new(ParseErrorKind.BadInput, $"Unterminated {what}", position);

    /// <summary>At <c>"</c>: a normal string literal with escapes and line continuation.</summary>
    private string ScanString(Position position)
    {
        // Fast path: no escapes, no doubled quotes, no line breaks.
        ReadOnlySpan<char> rest = _src.AsSpan(_pos + 1, _end - _pos - 1);
        int i = rest.IndexOfAny('"', '\\', '\n');
        if (i >= 0 && rest[i] == '"' && (i + 1 >= rest.Length || rest[i + 1] != '"'))
        {
            int contentStart = _pos + 1;
            _pos = contentStart + i + 1;
            return _src.Substring(contentStart, i);
        }

        ScanQuoted('"', allowContinuation: true, position);
        return _sb.ToString();
    }

    /// <summary>At <c>'</c>: a character literal.</summary>
    private Token ScanChar(int start, Position position)
    {
        if (PeekAt(_pos + 1) == '\'')
        {
            throw Error(ParseErrorKind.BadInput, "Empty character literal ''", position);
        }

        ScanQuoted('\'', allowContinuation: false, position);

        // A character outside the BMP (two UTF-16 units) cannot be a .NET char: reported as malformed.
        if (_sb.Length != 1)
        {
            throw Error(ParseErrorKind.BadInput, $"Malformed character literal: '{_src.AsSpan(start, _pos - start)}'", position);
        }

        return new Token(TokenKind.CharLiteral, start, _pos - start, position, _sb[0]);
    }

    /// <summary>
    /// Scans a quoted literal whose opening <paramref name="term"/> is at <c>_pos</c> into <see cref="_sb"/>, following
    /// Rhai's <c>parse_string_literal</c>: a doubled terminator is one literal terminator; CR before LF is dropped;
    /// a raw LF is an error; <c>\</c> + line break continues the literal on the next line, skipping whitespace up to
    /// the column of the opening quote.
    /// </summary>
    private void ScanQuoted(char term, bool allowContinuation, Position position)
    {
        _sb.Clear();
        int quoteColumn = position.Column;
        bool skippingIndent = false;
        _pos++;
        while (true)
        {
            if (_pos >= _end)
            {
                throw Unterminated(term == '"' ? "string literal" : "character literal", position);
            }

            char c = _src[_pos];
            if (c == term)
            {
                if (PeekAt(_pos + 1) == term)
                {
                    _sb.Append(term);
                    _pos += 2;
                    skippingIndent = false;
                    continue;
                }

                _pos++;
                return;
            }

            switch (c)
            {
                case '\\':
                    if (allowContinuation && PeekAt(_pos + 1) == '\n')
                    {
                        NewLineAt(_pos + 1);
                        _pos += 2;
                        skippingIndent = true;
                        continue;
                    }

                    if (allowContinuation && PeekAt(_pos + 1) == '\r' && PeekAt(_pos + 2) == '\n')
                    {
                        NewLineAt(_pos + 2);
                        _pos += 3;
                        skippingIndent = true;
                        continue;
                    }

                    ScanEscape(position);
                    skippingIndent = false;
                    continue;
                case '\r' when PeekAt(_pos + 1) == '\n':
                    _pos++;
                    continue;
                case '\n':
                    throw Unterminated(term == '"' ? "string literal" : "character literal", position);
            }

            if (skippingIndent && char.IsWhiteSpace(c) && Pos(_pos).Column <= quoteColumn)
            {
                _pos++;
                continue;
            }

            skippingIndent = false;
            _sb.Append(c);
            _pos++;
        }
    }

    /// <summary>At a <c>\</c> inside a quoted literal: appends the escaped character(s) to <see cref="_sb"/>.</summary>
    private void ScanEscape(Position position)
    {
        char e = PeekAt(_pos + 1);
        if (_pos + 1 >= _end)
        {
            throw Error(ParseErrorKind.BadInput, "Malformed escape sequence: '\\'", position);
        }

        switch (e)
        {
            case 'n': _sb.Append('\n'); break;
            case 'r': _sb.Append('\r'); break;
            case 't': _sb.Append('\t'); break;
            case '0': _sb.Append('\0'); break;
            case '\\' or '"' or '\'': _sb.Append(e); break;
            case 'x' or 'u' or 'U':
                {
                    int count = e switch { 'x' => 2, 'u' => 4, _ => 8 };
                    uint value = 0;
                    for (int k = 0; k < count; k++)
                    {
                        char h = PeekAt(_pos + 2 + k);
                        if (_pos + 2 + k >= _end || !IsRadixDigit(h, 16))
                        {
                            int shown = Math.Min(_end, _pos + 3 + k) - _pos;
                            throw Error(ParseErrorKind.BadInput, $"Malformed escape sequence: '{_src.AsSpan(_pos, shown)}'", position);
                        }

                        value = (value << 4) | (h <= '9' ? (uint)(h - '0') : (uint)((h | 0x20) - 'a' + 10));
                    }

                    if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
                    {
                        throw Error(ParseErrorKind.BadInput, $"Malformed escape sequence: '{_src.AsSpan(_pos, 2 + count)}' is not a character", position);
                    }

                    if (value <= 0xFFFF)
                    {
                        _sb.Append((char)value);
                    }
                    else
                    {
                        value -= 0x10000;
                        _sb.Append((char)(0xD800 + (value >> 10)));
                        _sb.Append((char)(0xDC00 + (value & 0x3FF)));
                    }

                    _pos += 2 + count;
                    return;
                }

            default:
                throw Error(ParseErrorKind.BadInput, $"Malformed escape sequence: '\\{e}'", position);
        }

        _pos += 2;
    }

    /// <summary>At <c>#</c> followed by <c>#</c> or <c>"</c>: a raw string <c>#…#"…"#…#</c>.</summary>
    private Token ScanRawString(int start, Position position)
    {
        int i = _pos;
        while (i < _end && _src[i] == '#')
        {
            i++;
        }

        int hashes = i - _pos;
        if (i >= _end || _src[i] != '"')
        {
            throw Error(ParseErrorKind.BadInput, "Malformed raw string: expected '\"' after '#'", position);
        }

        int contentStart = i + 1;
        for (int j = contentStart; j < _end; j++)
        {
            char c = _src[j];
            if (c == '\n')
            {
                NewLineAt(j);
            }
            else if (c == '"' && j + hashes < _end && _src.AsSpan(j + 1, hashes).IndexOfAnyExcept('#') < 0)
            {
                _pos = j + 1 + hashes;
                return new Token(TokenKind.StringLiteral, start, _pos - start, position, _src.Substring(contentStart, j - contentStart));
            }
        }

        _pos = _end;
        throw Unterminated("raw string literal", position);
    }

    /// <summary>At <c>`</c>: a verbatim back-tick string, possibly with <c>${ … }</c> blocks.</summary>
    private Token ScanBacktick(int start, Position position, int depth)
    {
        if (depth >= MaxInterpolationDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(ParseErrorKind.ExprTooDeep, "String interpolation is nested too deeply", position);
        }

        _pos++;

        // A line break right after the opening back-tick is dropped.
        if (PeekAt(_pos) == '\r')
        {
            _pos++;
            if (PeekAt(_pos) == '\n')
            {
                _pos++;
            }

            NewLineAt(_pos - 1);
        }
        else if (PeekAt(_pos) == '\n')
        {
            NewLineAt(_pos);
            _pos++;
        }

        List<InterpolationPart>? parts = null;
        StringBuilder text = new();
        int runStart = _pos;
        while (true)
        {
            if (_pos >= _end)
            {
                throw Unterminated("back-tick string", position);
            }

            char c = _src[_pos];
            switch (c)
            {
                case '`':
                    text.Append(_src, runStart, _pos - runStart);
                    if (PeekAt(_pos + 1) == '`')
                    {
                        text.Append('`');
                        _pos += 2;
                        runStart = _pos;
                        continue;
                    }

                    _pos++;
                    parts ??= new List<InterpolationPart>(1);
                    if (text.Length > 0)
                    {
                        parts.Add(new InterpolationPart(text.ToString(), 0, 0, Position.None));
                    }

                    return new Token(TokenKind.InterpolatedString, start, _pos - start, position, parts.ToArray());

                case '$' when PeekAt(_pos + 1) == '{':
                    {
                        text.Append(_src, runStart, _pos - runStart);
                        parts ??= new List<InterpolationPart>(4);
                        if (text.Length > 0)
                        {
                            parts.Add(new InterpolationPart(text.ToString(), 0, 0, Position.None));
                            text.Clear();
                        }

                        Position blockPosition = Pos(_pos);
                        _pos += 2;
                        int codeStart = _pos;
                        Position codePosition = Pos(codeStart);
                        int braces = 1;
                        while (true)
                        {
                            Token t = Scan(depth + 1);
                            if (t.Kind == TokenKind.EndOfInput)
                            {
                                throw Error(ParseErrorKind.UnexpectedEof, "Unterminated '${' in back-tick string", blockPosition);
                            }

                            if (t.Kind is TokenKind.LeftBrace or TokenKind.MapStart)
                            {
                                braces++;
                            }
                            else if (t.Kind == TokenKind.RightBrace && --braces == 0)
                            {
                                parts.Add(new InterpolationPart(null, codeStart, t.Start, codePosition));
                                break;
                            }
                        }

                        runStart = _pos;
                        continue;
                    }

                case '\\' when PeekAt(_pos + 1) == '$' && PeekAt(_pos + 2) == '{':
                    // `\${` is a literal `${` (Rhai 1.25)
                    text.Append(_src, runStart, _pos - runStart);
                    text.Append("${");
                    _pos += 3;
                    runStart = _pos;
                    continue;

                case '\r' when PeekAt(_pos + 1) == '\n':
                    text.Append(_src, runStart, _pos - runStart);
                    _pos++;
                    runStart = _pos;
                    continue;

                case '\n':
                    NewLineAt(_pos);
                    _pos++;
                    continue;

                default:
                    _pos++;
                    continue;
            }
        }
    }
}
