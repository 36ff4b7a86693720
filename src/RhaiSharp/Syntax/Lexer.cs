using System.Text;

namespace RhaiSharp.Syntax;

/// <summary>
/// Turns Rhai source text into tokens, one at a time (Rhai: <c>tokenizer.rs</c>).
/// </summary>
/// <remarks>
/// <para>One pass over the string; strings are allocated only for identifiers (interned per lexer) and literals.
/// Lines and columns are 1-based; a tab counts as one column; only <c>\n</c> starts a new line.</para>
/// <para>Every malformed input throws <see cref="ParseException"/> positioned at the start of the offending token.</para>
/// <para>Integer literals: the value is a boxed <see cref="long"/>, except for the exact decimal literal
/// <c>9223372036854775808</c> (2^63), whose value is a boxed <see cref="ulong"/>; the parser folds a unary minus applied
/// to it into <see cref="long.MinValue"/>. Like Rhai, any other decimal integer literal too large for a
/// <see cref="long"/> becomes a <see cref="TokenKind.FloatLiteral"/> (and so should a bare 2^63 the parser does not fold).</para>
/// </remarks>
internal sealed partial class Lexer
{
    /// <summary>How deeply back-tick strings may nest inside <c>${ … }</c> blocks.</summary>
    internal const int MaxInterpolationDepth = 256;

    private readonly string _src;
    private readonly int _end;
    private int _pos;

    // Position tracking: column of offset i on the current line is i - _lineStart + _colBase.
    private int _line;
    private int _lineStart;
    private int _colBase;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly StringBuilder _sb = new();

    /// <summary>Lexes the whole of <paramref name="source"/>, starting at line 1, column 1.</summary>
    public Lexer(string source)
        : this(source, 0, source?.Length ?? 0, new Position(1, 1))
    {
    }

    /// <summary>
    /// Lexes only <c>source[start..end)</c>; positions continue from <paramref name="startPosition"/>
    /// (used for the code of <c>${ … }</c> blocks inside back-tick strings).
    /// </summary>
    public Lexer(string source, int start, int end, Position startPosition)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, source.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        _src = source;
        _pos = start;
        _end = end;
        _line = startPosition.IsNone ? 1 : startPosition.Line;
        _colBase = startPosition.IsNone ? 1 : startPosition.Column;
        _lineStart = start;
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The next token; <see cref="TokenKind.EndOfInput"/> (at the end position) forever once the input is used up.</summary>
    public Token Next() => Scan(0);

    private Position Pos(int offset) => new(_line, offset - _lineStart + _colBase);

    /// <summary>Records that the character at <paramref name="newlineOffset"/> is a line break.</summary>
    private void NewLineAt(int newlineOffset)
    {
        _line++;
        _lineStart = newlineOffset + 1;
        _colBase = 1;
    }

    private char PeekAt(int offset) => offset < _end ? _src[offset] : '\0';

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsIdContinue(char c) => IsAsciiLetter(c) || IsDigit(c) || c == '_';

    private static ParseException Error(ParseErrorKind kind, string message, Position position) => new(kind, message, position);

    private Token Scan(int depth)
    {
        while (true)
        {
            if (_pos >= _end)
            {
                return new Token(TokenKind.EndOfInput, _end, 0, Pos(_end));
            }

            char c = _src[_pos];
            switch (c)
            {
                case '\n':
                    NewLineAt(_pos);
                    _pos++;
                    continue;
                case ' ' or '\t' or '\r' or '\f':
                    _pos++;
                    continue;
                case '/' when PeekAt(_pos + 1) == '/':
                    {
                        Token? doc = LineComment();
                        if (doc is { } d)
                        {
                            return d;
                        }

                        continue;
                    }
                case '/' when PeekAt(_pos + 1) == '*':
                    {
                        Token? doc = BlockComment();
                        if (doc is { } d)
                        {
                            return d;
                        }

                        continue;
                    }
            }

            int start = _pos;
            Position position = Pos(start);
            if (IsAsciiLetter(c) || c == '_')
            {
                return ScanIdentifier(start, position);
            }

            if (IsDigit(c))
            {
                return ScanNumber(start, position);
            }

            switch (c)
            {
                case '"':
                    {
                        string text = ScanString(position);
                        return new Token(TokenKind.StringLiteral, start, _pos - start, position, text);
                    }
                case '\'':
                    return ScanChar(start, position);
                case '`':
                    return ScanBacktick(start, position, depth);
                case '#' when PeekAt(_pos + 1) is '"' or '#':
                    return ScanRawString(start, position);
            }

            return ScanSymbol(start, position);
        }
    }

    /// <summary>At <c>//</c>: skips a line comment; returns a doc comment token for <c>///</c> (not <c>////</c>).</summary>
    private Token? LineComment()
    {
        int start = _pos;
        Position position = Pos(start);
        bool isDoc = PeekAt(start + 2) == '/' && PeekAt(start + 3) != '/';
        int stop = _src.AsSpan(start, _end - start).IndexOf('\n');
        _pos = stop < 0 ? _end : start + stop;
        if (!isDoc)
        {
            return null;
        }

        int textEnd = _pos;
        if (textEnd > start && _src[textEnd - 1] == '\r')
        {
            textEnd--;
        }

        return new Token(TokenKind.DocComment, start, _pos - start, position, _src.Substring(start, textEnd - start));
    }

    /// <summary>At <c>/*</c>: skips a (nesting) block comment; returns a doc comment token for <c>/** … */</c>.</summary>
    private Token? BlockComment()
    {
        int start = _pos;
        Position position = Pos(start);
        bool isDoc = PeekAt(start + 2) == '*' && PeekAt(start + 3) is not ('*' or '/');
        _pos += 2;
        int level = 1;
        while (true)
        {
            if (_pos >= _end)
            {
                throw Error(ParseErrorKind.UnexpectedEof, "Unterminated block comment", position);
            }

            char c = _src[_pos];
            if (c == '/' && PeekAt(_pos + 1) == '*')
            {
                level++;
                _pos += 2;
            }
            else if (c == '*' && PeekAt(_pos + 1) == '/')
            {
                _pos += 2;
                if (--level == 0)
                {
                    break;
                }
            }
            else
            {
                if (c == '\n')
                {
                    NewLineAt(_pos);
                }

                _pos++;
            }
        }

        return isDoc ? new Token(TokenKind.DocComment, start, _pos - start, position, _src.Substring(start, _pos - start)) : null;
    }

    private Token ScanIdentifier(int start, Position position)
    {
        _pos++;
        while (_pos < _end && IsIdContinue(_src[_pos]))
        {
            _pos++;
        }

        int length = _pos - start;
        ReadOnlySpan<char> text = _src.AsSpan(start, length);
        if (TokenFacts.KeywordLookup.TryGetValue(text, out TokenKind kind))
        {
            return new Token(kind, start, length, position, kind == TokenKind.Reserved ? Intern(text) : null);
        }

        // Valid iff the first non-'_' character is a letter (which also means it contains a letter).
        int i = 0;
        while (i < text.Length && text[i] == '_')
        {
            i++;
        }

        if (i == text.Length || !IsAsciiLetter(text[i]))
        {
            throw Error(ParseErrorKind.BadInput, $"Invalid identifier: '{text}'", position);
        }

        return new Token(TokenKind.Identifier, start, length, position, Intern(text));
    }

    private string Intern(ReadOnlySpan<char> text)
    {
        if (_nameLookup.TryGetValue(text, out string? name))
        {
            return name;
        }

        name = text.ToString();
        _names[name] = name;
        return name;
    }
}
