using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <summary>Conversions used by the public registration API (host delegates ↔ script values).</summary>
internal static class HostValues
{
    /// <summary>
    /// The script type a host parameter binds to: as <see cref="ValueConversion.ScriptTypeOf"/>, and <see cref="decimal"/>
    /// binds to FLOAT (scripts have no decimal type; hosts' decimals enter scripts as FLOAT).
    /// </summary>
    public static Type ParameterType(Type type) => type == typeof(decimal) ? typeof(double) : ValueConversion.ScriptTypeOf(type);

    /// <summary>A host result as a script value: small numbers widen, host lists and dictionaries become arrays and maps.</summary>
    public static object? ToScript<T>(T value)
    {
        if (typeof(T) == typeof(long) || typeof(T) == typeof(int) || typeof(T) == typeof(bool))
        {
            return ValueConversion.ToValue(value);
        }

        return HostConversion.FromHost(value);
    }

    /// <summary>Lets a host function fail with any <see cref="ScriptException"/>: the script sees a catchable runtime error
    /// (the runtime adds the call's position when the exception has none).</summary>
    public static NativeInvoker Guard(NativeInvoker invoke) => (c, a) =>
    {
        try
        {
            return invoke(c, a);
        }
        catch (ScriptException e) when (e is not RuntimeException and not ParseException)
        {
            throw new RuntimeException(RuntimeErrorKind.Runtime, e.RawMessage, e.Position, e);
        }
    };
}
