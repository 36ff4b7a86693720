using System.Globalization;

namespace RhaiSharp.Syntax;

internal sealed partial class Lexer
{
    /// <summary>The decimal text of 2^63, the only integer literal whose value is a <see cref="ulong"/>.</summary>
    private const string MinusLongMinValueText = "9223372036854775808";

    private char[] _numBuf = new char[32];
    private int _numLen;

    private void NumAppend(char c)
    {
        if (_numLen == _numBuf.Length)
        {
            Array.Resize(ref _numBuf, _numBuf.Length * 2);
        }

        _numBuf[_numLen++] = c;
    }

    private static bool IsRadixDigit(char c, int radix) => radix switch
    {
        16 => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a',
        8 => (uint)(c - '0') <= 7,
        2 => c is '0' or '1',
        _ => IsDigit(c),
    };

    /// <summary>Scans a number the way Rhai's tokenizer does (digits, <c>_</c> separators, one period, one exponent).</summary>
    private Token ScanNumber(int start, Position position)
    {
        _numLen = 0;
        char first = _src[_pos++];
        NumAppend(first);
        int radix = 10;
        bool hasPeriod = false;
        bool hasExponent = false;

        while (_pos < _end)
        {
            char ch = _src[_pos];
            if (ch == '_')
            {
                _pos++;
            }
            else if (IsRadixDigit(ch, radix))
            {
                NumAppend(ch);
                _pos++;
            }
            else if (ch == '.' && !hasPeriod && radix == 10)
            {
                if (_pos + 1 >= _end)
                {
                    break; // `1.` at the end: integer then a period
                }

                char next = _src[_pos + 1];
                if (IsDigit(next))
                {
                    NumAppend('.');
                    _pos++;
                    hasPeriod = true;
                }
                else if (next is '_' or '.' || IsAsciiLetter(next))
                {
                    break; // range `1..2`, method call `1.abs()`
                }
                else
                {
                    // `1.` followed by a symbol or space is the float 1.0
                    NumAppend('.');
                    NumAppend('0');
                    _pos++;
                    hasPeriod = true;
                }
            }
            else if (ch is 'e' or 'E' && !hasExponent && radix == 10)
            {
                char next = PeekAt(_pos + 1);
                if (IsDigit(next))
                {
                    NumAppend('e');
                    _pos++;
                }
                else if (next is '+' or '-')
                {
                    NumAppend('e');
                    NumAppend(next);
                    _pos += 2;
                }
                else
                {
                    break;
                }

                hasExponent = true;
                hasPeriod = true;
            }
            else if (first == '0' && _numLen == 1 && radix == 10 && ch is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
            {
                NumAppend(ch);
                _pos++;
                radix = (ch | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            }
            else
            {
                break;
            }
        }

        int length = _pos - start;
        ReadOnlySpan<char> text = _numBuf.AsSpan(0, _numLen);

        // A number directly followed by `.digit` can never be valid: `0xabcd.123`, `123.456e1.23`, `1.2.3`.
        if (PeekAt(_pos) == '.' && IsDigit(PeekAt(_pos + 1)))
        {
            throw Error(ParseErrorKind.BadInput, $"Malformed number: '{_src.AsSpan(start, length)}'", position);
        }

        if (radix != 10)
        {
            ReadOnlySpan<char> digits = text[2..];
            if (digits.IsEmpty)
            {
                throw Error(ParseErrorKind.BadInput, $"Malformed number: '{_src.AsSpan(start, length)}'", position);
            }

            int bitsPerDigit = radix switch { 16 => 4, 8 => 3, _ => 1 };
            ulong value = 0;
            foreach (char d in digits)
            {
                uint digit = d <= '9' ? (uint)(d - '0') : (uint)((d | 0x20) - 'a' + 10);
                if (value >> (64 - bitsPerDigit) != 0)
                {
                    throw Error(ParseErrorKind.LiteralTooLarge, $"Integer literal is too large: '{_src.AsSpan(start, length)}'", position);
                }

                value = (value << bitsPerDigit) | digit;
            }

            return new Token(TokenKind.IntegerLiteral, start, length, position, unchecked((long)value));
        }

        if (!hasPeriod)
        {
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long integer))
            {
                return new Token(TokenKind.IntegerLiteral, start, length, position, integer);
            }

            if (text.SequenceEqual(MinusLongMinValueText))
            {
                // Only valid as the operand of unary minus: the parser folds `-` + this into long.MinValue.
                return new Token(TokenKind.IntegerLiteral, start, length, position, 9223372036854775808UL);
            }

            // Like Rhai: an integer literal too large for INT is parsed as a float.
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double real))
        {
            return new Token(TokenKind.FloatLiteral, start, length, position, real);
        }

        throw Error(ParseErrorKind.BadInput, $"Malformed number: '{_src.AsSpan(start, length)}'", position);
    }
}
