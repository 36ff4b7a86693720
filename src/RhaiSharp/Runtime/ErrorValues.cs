using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>
/// What a script's <c>catch (e)</c> sees: a thrown value as it was thrown; any other catchable error as an object map
/// with its message, kind and position (Rhai: <c>types/error.rs</c>). Limit errors are never caught.
/// </summary>
internal static class ErrorValues
{
    public static bool IsCatchable(ScriptException e) => e is RuntimeException { IsCatchable: true } or ParseException;

    public static object? ToValue(ScriptException e)
    {
        if (e is RuntimeException { Kind: RuntimeErrorKind.Thrown } thrown)
        {
            return thrown.Value;
        }

        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["message"] = e.RawMessage,
            ["line"] = Boxes.Int(e.Position.Line),
            ["position"] = Boxes.Int(e.Position.Column),
        };
        if (e is RuntimeException r)
        {
            map["kind"] = r.Kind.ToString();
        }

        return map;
    }

    public static RuntimeException Throw(RunContext ctx, object? value, long pos) =>
        new(RuntimeErrorKind.Thrown, ValueFormatter.ToDisplay(value), Position.Unpack(pos)) { Value = value };
}
