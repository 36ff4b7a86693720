namespace RhaiSharp.Syntax;

/// <summary>Static facts about tokens: keyword and reserved-word tables and the source text of each token kind.</summary>
internal static class TokenFacts
{
    /// <summary>Active keywords (and <c>_</c>) and reserved words (mapped to <see cref="TokenKind.Reserved"/>).</summary>
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["let"] = TokenKind.Let,
        ["const"] = TokenKind.Const,
        ["if"] = TokenKind.If,
        ["else"] = TokenKind.Else,
        ["switch"] = TokenKind.Switch,
        ["do"] = TokenKind.Do,
        ["while"] = TokenKind.While,
        ["until"] = TokenKind.Until,
        ["loop"] = TokenKind.Loop,
        ["for"] = TokenKind.For,
        ["in"] = TokenKind.In,
        ["continue"] = TokenKind.Continue,
        ["break"] = TokenKind.Break,
        ["return"] = TokenKind.Return,
        ["throw"] = TokenKind.Throw,
        ["try"] = TokenKind.Try,
        ["catch"] = TokenKind.Catch,
        ["fn"] = TokenKind.Fn,
        ["private"] = TokenKind.Private,
        ["import"] = TokenKind.Import,
        ["export"] = TokenKind.Export,
        ["as"] = TokenKind.As,
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
        ["this"] = TokenKind.This,
        ["global"] = TokenKind.Global,
        ["_"] = TokenKind.Underscore,

        ["var"] = TokenKind.Reserved,
        ["static"] = TokenKind.Reserved,
        ["shared"] = TokenKind.Reserved,
        ["goto"] = TokenKind.Reserved,
        ["match"] = TokenKind.Reserved,
        ["case"] = TokenKind.Reserved,
        ["public"] = TokenKind.Reserved,
        ["protected"] = TokenKind.Reserved,
        ["new"] = TokenKind.Reserved,
        ["use"] = TokenKind.Reserved,
        ["with"] = TokenKind.Reserved,
        ["module"] = TokenKind.Reserved,
        ["package"] = TokenKind.Reserved,
        ["super"] = TokenKind.Reserved,
        ["spawn"] = TokenKind.Reserved,
        ["thread"] = TokenKind.Reserved,
        ["go"] = TokenKind.Reserved,
        ["sync"] = TokenKind.Reserved,
        ["async"] = TokenKind.Reserved,
        ["await"] = TokenKind.Reserved,
        ["yield"] = TokenKind.Reserved,
        ["default"] = TokenKind.Reserved,
        ["void"] = TokenKind.Reserved,
        ["null"] = TokenKind.Reserved,
        ["nil"] = TokenKind.Reserved,
        ["is"] = TokenKind.Reserved,
    };

    /// <summary>Span lookup into the keyword table (no allocation).</summary>
    internal static readonly Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        Keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="name"/> is an active keyword or a reserved word (not usable as a name).</summary>
    public static bool IsKeywordOrReserved(ReadOnlySpan<char> name) => KeywordLookup.ContainsKey(name);

    /// <summary>
    /// The source text of a keyword or symbol kind (<c>"let"</c>, <c>"+="</c>, <c>"#{"</c>); for kinds with a value
    /// (literals, identifiers, reserved) a short description such as <c>"integer"</c>.
    /// </summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfInput => "end of input",
        TokenKind.IntegerLiteral => "integer",
        TokenKind.FloatLiteral => "float",
        TokenKind.StringLiteral => "string",
        TokenKind.CharLiteral => "character",
        TokenKind.InterpolatedString => "interpolated string",
        TokenKind.Identifier => "identifier",
        TokenKind.DocComment => "doc comment",
        TokenKind.Reserved => "reserved symbol",

        TokenKind.Let => "let",
        TokenKind.Const => "const",
        TokenKind.If => "if",
        TokenKind.Else => "else",
        TokenKind.Switch => "switch",
        TokenKind.Do => "do",
        TokenKind.While => "while",
        TokenKind.Until => "until",
        TokenKind.Loop => "loop",
        TokenKind.For => "for",
        TokenKind.In => "in",
        TokenKind.NotIn => "!in",
        TokenKind.Continue => "continue",
        TokenKind.Break => "break",
        TokenKind.Return => "return",
        TokenKind.Throw => "throw",
        TokenKind.Try => "try",
        TokenKind.Catch => "catch",
        TokenKind.Fn => "fn",
        TokenKind.Private => "private",
        TokenKind.Import => "import",
        TokenKind.Export => "export",
        TokenKind.As => "as",
        TokenKind.True => "true",
        TokenKind.False => "false",
        TokenKind.This => "this",
        TokenKind.Global => "global",

        TokenKind.LeftParen => "(",
        TokenKind.RightParen => ")",
        TokenKind.LeftBracket => "[",
        TokenKind.RightBracket => "]",
        TokenKind.LeftBrace => "{",
        TokenKind.RightBrace => "}",
        TokenKind.MapStart => "#{",
        TokenKind.Comma => ",",
        TokenKind.Semicolon => ";",
        TokenKind.Colon => ":",
        TokenKind.DoubleColon => "::",
        TokenKind.Dot => ".",
        TokenKind.QuestionDot => "?.",
        TokenKind.QuestionBracket => "?[",
        TokenKind.DoubleQuestion => "??",
        TokenKind.DotDot => "..",
        TokenKind.DotDotEq => "..=",
        TokenKind.DoubleArrow => "=>",
        TokenKind.Underscore => "_",

        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.Percent => "%",
        TokenKind.StarStar => "**",
        TokenKind.ShiftLeft => "<<",
        TokenKind.ShiftRight => ">>",
        TokenKind.Ampersand => "&",
        TokenKind.Pipe => "|",
        TokenKind.Caret => "^",
        TokenKind.AndAnd => "&&",
        TokenKind.OrOr => "||",
        TokenKind.Bang => "!",
        TokenKind.EqualsEquals => "==",
        TokenKind.NotEquals => "!=",
        TokenKind.Less => "<",
        TokenKind.LessEquals => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterEquals => ">=",

        TokenKind.Assign => "=",
        TokenKind.PlusAssign => "+=",
        TokenKind.MinusAssign => "-=",
        TokenKind.StarAssign => "*=",
        TokenKind.SlashAssign => "/=",
        TokenKind.PercentAssign => "%=",
        TokenKind.StarStarAssign => "**=",
        TokenKind.ShiftLeftAssign => "<<=",
        TokenKind.ShiftRightAssign => ">>=",
        TokenKind.AmpersandAssign => "&=",
        TokenKind.PipeAssign => "|=",
        TokenKind.CaretAssign => "^=",
        _ => kind.ToString(),
    };

    /// <summary>The source text of a token: its identifier/reserved text when it has one, else <see cref="Describe(TokenKind)"/>.</summary>
    public static string Describe(in Token token) => token.Kind switch
    {
        TokenKind.Identifier or TokenKind.Reserved => token.Text,
        _ => Describe(token.Kind),
    };
}
