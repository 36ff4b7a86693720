namespace RhaiSharp;

/// <summary>A script failed to parse.</summary>
public sealed class ParseException : ScriptException
{
    /// <summary>Creates a parse exception.</summary>
    internal ParseException(ParseErrorKind kind, string message, Position position)
        : base($"{kind}: {message}", position)
    {
        Kind = kind;
    }

    /// <summary>What kind of parse error this is.</summary>
    public ParseErrorKind Kind { get; }
}
