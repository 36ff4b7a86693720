using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>
/// Rhai's data-size check (<c>eval/data_check.rs</c>): arrays, maps and strings are measured recursively — the
/// elements of nested arrays count towards <c>MaxArraySize</c>, and so on — whenever a value is stored
/// (<see cref="NestedSize"/>, which remembers the sizes of large arrays until they change).
/// </summary>
internal static class DataSize
{
    public static object? Check(RunContext ctx, object? value, long pos)
    {
        var options = ctx.Environment.Limits;
        if ((options.MaxArraySize | options.MaxMapSize | options.MaxStringSize) == 0
            || value is not (List<object?> or SortedDictionary<string, object?> or string or List<byte> or FnPtr { Curried.Length: > 0 }))
        {
            return value;
        }

        var sizes = NestedSize.Of(value);
        var arrays = sizes.ArrayItems + sizes.BlobBytes;
        var maps = sizes.MapEntries;
        var strings = sizes.StringChars;
        if (options.MaxArraySize > 0 && arrays > options.MaxArraySize)
        {
            throw Errors.Runtime(RuntimeErrorKind.DataTooLarge, $"Size of array too large (limit {options.MaxArraySize})", pos);
        }

        if (options.MaxMapSize > 0 && maps > options.MaxMapSize)
        {
            throw Errors.Runtime(RuntimeErrorKind.DataTooLarge, $"Size of object map too large (limit {options.MaxMapSize})", pos);
        }

        if (options.MaxStringSize > 0 && strings > options.MaxStringSize)
        {
            throw Errors.Runtime(RuntimeErrorKind.DataTooLarge, $"Length of string too large (limit {options.MaxStringSize})", pos);
        }

        return value;
    }
}
