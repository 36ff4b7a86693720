namespace RhaiSharp.Values;

/// <summary>Type names as Rhai's <c>type_of</c> prints them (Rhai: <c>api/formatting.rs map_std_type_name</c>).</summary>
internal static class TypeNames
{
    public const string Unit = "()";
    public const string Bool = "bool";
    public const string Int = "i64";
    public const string Float = "f64";
    public const string Char = "char";
    public const string String = "string";
    public const string Array = "array";
    public const string Blob = "blob";
    public const string Map = "map";
    public const string Timestamp = "timestamp";
    public const string FnPtr = "Fn";
    public const string Range = "range";
    public const string RangeInclusive = "range=";

    /// <summary>The Rhai name of a built-in value's type, or null for a host (custom) type.</summary>
    public static string? OfBuiltIn(object? value) => value switch
    {
        null => Unit,
        bool => Bool,
        long => Int,
        double => Float,
        char => Char,
        string => String,
        List<object?> => Array,
        List<byte> => Blob,
        SortedDictionary<string, object?> => Map,
        Values.Timestamp => Timestamp,
        Values.FnPtr => FnPtr,
        ScriptRange r => r.Inclusive ? RangeInclusive : Range,
        _ => null,
    };

    /// <summary>The Rhai name of a .NET type used in a signature (for error messages).</summary>
    public static string OfType(Type type)
    {
        if (type == typeof(Values.Unit) || type == typeof(void))
        {
            return Unit;
        }

        if (type == typeof(bool)) return Bool;
        if (type == typeof(long)) return Int;
        if (type == typeof(double)) return Float;
        if (type == typeof(char)) return Char;
        if (type == typeof(string)) return String;
        if (type == typeof(List<object?>)) return Array;
        if (type == typeof(List<byte>)) return Blob;
        if (type == typeof(SortedDictionary<string, object?>)) return Map;
        if (type == typeof(Values.Timestamp)) return Timestamp;
        if (type == typeof(Values.FnPtr)) return FnPtr;
        if (type == typeof(ScriptRange)) return Range;
        if (type == typeof(object)) return "?";
        return type.FullName ?? type.Name;
    }
}
