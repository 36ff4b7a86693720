namespace RhaiSharp;

/// <summary>A script failed while running.</summary>
public class RuntimeException : ScriptException
{
    /// <summary>Creates a runtime exception.</summary>
    public RuntimeException(RuntimeErrorKind kind, string message, Position position, Exception? inner = null)
        : base(message, position, inner)
    {
        Kind = kind;
    }

    /// <summary>What kind of runtime error this is.</summary>
    public RuntimeErrorKind Kind { get; }

    /// <summary>For <see cref="RuntimeErrorKind.Thrown"/> and <see cref="RuntimeErrorKind.Terminated"/>: the value, as a plain .NET value.</summary>
    public object? Value { get; init; }

    private readonly List<(string Function, Position Position)> _callStack = [];

    /// <summary>The chain of script functions the error passed through, innermost first, with the position of each call.</summary>
    public IReadOnlyList<(string Function, Position Position)> CallStack => _callStack;

    internal void AddFrame(string function, Position callPosition) => _callStack.Add((function, callPosition));

    /// <summary>This error at <paramref name="position"/>: for errors raised where the position was not known.</summary>
    internal RuntimeException At(Position position) => new(Kind, RawMessage, position, InnerException) { Value = Value };

    /// <summary>True when a script's <c>try</c>/<c>catch</c> may catch this error (limit errors are not catchable).</summary>
    public bool IsCatchable => Kind is not (RuntimeErrorKind.StackOverflow or RuntimeErrorKind.TooManyOperations
        or RuntimeErrorKind.TooManyVariables or RuntimeErrorKind.TooManyModules or RuntimeErrorKind.DataTooLarge
        or RuntimeErrorKind.Terminated);
}
