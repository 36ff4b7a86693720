namespace RhaiSharp.Syntax;

/// <summary>Every kind of token of the Rhai language (Rhai: <c>tokenizer.rs Token</c>).</summary>
internal enum TokenKind : byte
{
    EndOfInput,

    // Literals and names. Token.Value: long, double, string, char, string (identifier), InterpolationPart[].
    IntegerLiteral,
    FloatLiteral,
    StringLiteral,
    CharLiteral,
    /// <summary>A back-tick string; Value is an <see cref="InterpolationPart"/> array.</summary>
    InterpolatedString,
    Identifier,
    /// <summary><c>///</c> or <c>/** */</c>; Value is the comment text including its markers.</summary>
    DocComment,
    /// <summary>A reserved word or symbol; Value is its text.</summary>
    Reserved,

    // Keywords
    Let,
    Const,
    If,
    Else,
    Switch,
    Do,
    While,
    Until,
    Loop,
    For,
    In,
    NotIn,
    Continue,
    Break,
    Return,
    Throw,
    Try,
    Catch,
    Fn,
    Private,
    Import,
    Export,
    As,
    True,
    False,
    This,
    Global,

    // Punctuation
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    /// <summary><c>#{</c></summary>
    MapStart,
    Comma,
    Semicolon,
    Colon,
    DoubleColon,
    Dot,
    /// <summary><c>?.</c></summary>
    QuestionDot,
    /// <summary><c>?[</c></summary>
    QuestionBracket,
    /// <summary><c>??</c></summary>
    DoubleQuestion,
    /// <summary><c>..</c></summary>
    DotDot,
    /// <summary><c>..=</c></summary>
    DotDotEq,
    /// <summary><c>=&gt;</c></summary>
    DoubleArrow,
    /// <summary><c>_</c></summary>
    Underscore,

    // Operators
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    StarStar,
    ShiftLeft,
    ShiftRight,
    Ampersand,
    Pipe,
    Caret,
    AndAnd,
    OrOr,
    Bang,
    EqualsEquals,
    NotEquals,
    Less,
    LessEquals,
    Greater,
    GreaterEquals,

    // Assignment
    Assign,
    PlusAssign,
    MinusAssign,
    StarAssign,
    SlashAssign,
    PercentAssign,
    StarStarAssign,
    ShiftLeftAssign,
    ShiftRightAssign,
    AmpersandAssign,
    PipeAssign,
    CaretAssign,
}
