namespace RhaiSharp;

/// <summary>
/// The base of every error the engine reports: parse errors, runtime errors and limit violations.
/// </summary>
public class ScriptException : Exception
{
    /// <summary>Creates an exception.</summary>
    public ScriptException(string message, Position position, Exception? inner = null)
        : base(Format(message, position), inner)
    {
        Position = position;
        RawMessage = message;
    }

    /// <summary>Where the error happened (<see cref="Position.None"/> when unknown).</summary>
    public Position Position { get; }

    /// <summary>The message without the position suffix.</summary>
    public string RawMessage { get; }

    private static string Format(string message, Position position) =>
        position.IsNone ? message : $"{message} ({position})";
}
