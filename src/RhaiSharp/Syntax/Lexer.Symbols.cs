namespace RhaiSharp.Syntax;

internal sealed partial class Lexer
{
    /// <summary>Punctuation, operators and reserved symbols: longest match first.</summary>
    private Token ScanSymbol(int start, Position position)
    {
        char c = _src[start];
        char c1 = PeekAt(start + 1);
        char c2 = PeekAt(start + 2);

        (TokenKind kind, int length, string? reserved) = c switch
        {
            '(' => c1 == '*' ? (TokenKind.Reserved, 2, "(*") : (TokenKind.LeftParen, 1, null),
            ')' => (TokenKind.RightParen, 1, null),
            '[' => (TokenKind.LeftBracket, 1, null),
            ']' => (TokenKind.RightBracket, 1, null),
            '{' => (TokenKind.LeftBrace, 1, null),
            '}' => (TokenKind.RightBrace, 1, null),
            ',' => (TokenKind.Comma, 1, null),
            ';' => (TokenKind.Semicolon, 1, null),
            '#' => c1 == '{' ? (TokenKind.MapStart, 2, null) : (TokenKind.Reserved, 1, "#"),
            ':' => c1 switch
            {
                ':' => c2 == '<' ? (TokenKind.Reserved, 3, "::<") : (TokenKind.DoubleColon, 2, null),
                '=' => (TokenKind.Reserved, 2, ":="),
                ';' => (TokenKind.Reserved, 2, ":;"),
                _ => (TokenKind.Colon, 1, null),
            },
            '.' => c1 == '.'
                ? c2 switch
                {
                    '.' => (TokenKind.Reserved, 3, "..."),
                    '=' => (TokenKind.DotDotEq, 3, null),
                    _ => (TokenKind.DotDot, 2, null),
                }
                : (TokenKind.Dot, 1, null),
            '?' => c1 switch
            {
                '.' => (TokenKind.QuestionDot, 2, null),
                '[' => (TokenKind.QuestionBracket, 2, null),
                '?' => (TokenKind.DoubleQuestion, 2, null),
                _ => (TokenKind.Reserved, 1, "?"),
            },
            '+' => c1 switch
            {
                '=' => (TokenKind.PlusAssign, 2, null),
                '+' => (TokenKind.Reserved, 2, "++"),
                _ => (TokenKind.Plus, 1, null),
            },
            '-' => c1 switch
            {
                '=' => (TokenKind.MinusAssign, 2, null),
                '>' => (TokenKind.Reserved, 2, "->"),
                '-' => (TokenKind.Reserved, 2, "--"),
                _ => (TokenKind.Minus, 1, null),
            },
            '*' => c1 switch
            {
                ')' => (TokenKind.Reserved, 2, "*)"),
                '=' => (TokenKind.StarAssign, 2, null),
                '*' => c2 == '=' ? (TokenKind.StarStarAssign, 3, null) : (TokenKind.StarStar, 2, null),
                _ => (TokenKind.Star, 1, null),
            },
            '/' => c1 == '=' ? (TokenKind.SlashAssign, 2, null) : (TokenKind.Slash, 1, null),
            '%' => c1 == '=' ? (TokenKind.PercentAssign, 2, null) : (TokenKind.Percent, 1, null),
            '=' => c1 switch
            {
                '=' => c2 == '=' ? (TokenKind.Reserved, 3, "===") : (TokenKind.EqualsEquals, 2, null),
                '>' => (TokenKind.DoubleArrow, 2, null),
                _ => (TokenKind.Assign, 1, null),
            },
            '!' => c1 switch
            {
                'i' when c2 == 'n' && !IsIdContinue(PeekAt(start + 3)) => (TokenKind.NotIn, 3, null),
                '=' => c2 == '=' ? (TokenKind.Reserved, 3, "!==") : (TokenKind.NotEquals, 2, null),
                '.' => (TokenKind.Reserved, 2, "!."),
                _ => (TokenKind.Bang, 1, null),
            },
            '<' => c1 switch
            {
                '=' => (TokenKind.LessEquals, 2, null),
                '-' => (TokenKind.Reserved, 2, "<-"),
                '|' => (TokenKind.Reserved, 2, "<|"),
                '<' => c2 == '=' ? (TokenKind.ShiftLeftAssign, 3, null) : (TokenKind.ShiftLeft, 2, null),
                _ => (TokenKind.Less, 1, null),
            },
            '>' => c1 switch
            {
                '=' => (TokenKind.GreaterEquals, 2, null),
                '>' => c2 == '=' ? (TokenKind.ShiftRightAssign, 3, null) : (TokenKind.ShiftRight, 2, null),
                _ => (TokenKind.Greater, 1, null),
            },
            '|' => c1 switch
            {
                '|' => (TokenKind.OrOr, 2, null),
                '=' => (TokenKind.PipeAssign, 2, null),
                '>' => (TokenKind.Reserved, 2, "|>"),
                _ => (TokenKind.Pipe, 1, null),
            },
            '&' => c1 switch
            {
                '&' => (TokenKind.AndAnd, 2, null),
                '=' => (TokenKind.AmpersandAssign, 2, null),
                _ => (TokenKind.Ampersand, 1, null),
            },
            '^' => c1 == '=' ? (TokenKind.CaretAssign, 2, null) : (TokenKind.Caret, 1, null),
            '~' => (TokenKind.Reserved, 1, "~"),
            '@' => (TokenKind.Reserved, 1, "@"),
            '$' => (TokenKind.Reserved, 1, "$"),
            _ => (TokenKind.EndOfInput, 0, null),
        };

        if (length == 0)
        {
            string message = c > 127 && char.IsLetter(c)
                ? $"Non-ASCII identifiers are not supported: '{c}'"
                : char.IsControl(c) || char.IsSurrogate(c)
                    ? $"Unexpected character U+{(int)c:X4}"
                    : $"Unexpected character '{c}'";
            throw Error(ParseErrorKind.BadInput, message, position);
        }

        // A symbol's length never runs past the end: every lookahead char used above is a real symbol character.
        _pos = start + length;
        return new Token(kind, start, length, position, reserved);
    }
}
