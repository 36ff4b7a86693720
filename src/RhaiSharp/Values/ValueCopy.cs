namespace RhaiSharp.Values;

/// <summary>
/// Rhai's value semantics: arrays, maps and blobs are copied on assignment and when passed to functions.
/// Immutable values (numbers, strings, ranges, function pointers) are shared as they are.
/// </summary>
internal static class ValueCopy
{
    public static object? Clone(object? value) => value switch
    {
        List<object?> array => CloneArray(array),
        SortedDictionary<string, object?> map => CloneMap(map),
        List<byte> blob => new List<byte>(blob),
        _ => value,
    };

    public static List<object?> CloneArray(List<object?> array)
    {
        DepthGuard.EnterValue();
        WorkClock.Add(array.Count);
        var copy = new List<object?>(array.Count);
        foreach (var item in array)
        {
            copy.Add(Clone(item));
        }

        return copy;
    }

    public static SortedDictionary<string, object?> CloneMap(SortedDictionary<string, object?> map)
    {
        DepthGuard.EnterValue();
        WorkClock.Add(map.Count);
        var copy = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            copy.Add(key, Clone(item));
        }

        return copy;
    }

    public static bool IsMutableContainer(object? value) =>
        value is List<object?> or SortedDictionary<string, object?> or List<byte>;
}
