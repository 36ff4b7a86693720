namespace RhaiSharp.Syntax;

/// <summary>One token: its kind, where it is in the source, and its literal value if any.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Offset of the first character in the source.</param>
/// <param name="Length">Number of source characters.</param>
/// <param name="Position">Line and column of the first character.</param>
/// <param name="Value">The literal value: <see cref="long"/>, <see cref="double"/>, <see cref="string"/> (string literal,
/// identifier, doc comment, reserved text), <see cref="char"/>, or an <see cref="InterpolationPart"/> array.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, Position Position, object? Value = null)
{
    public int End => Start + Length;

    public string Text => Value as string ?? string.Empty;
}

/// <summary>
/// A piece of a back-tick string: either literal text, or the source range of an embedded <c>${ … }</c> block
/// (without the <c>${</c> and <c>}</c>), which the parser parses as statements.
/// </summary>
internal readonly record struct InterpolationPart(string? Text, int CodeStart, int CodeEnd, Position CodePosition)
{
    public bool IsCode => Text is null;
}
