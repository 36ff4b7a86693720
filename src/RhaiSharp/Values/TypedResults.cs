using System.Collections.Concurrent;
using System.Reflection;

namespace RhaiSharp.Values;

/// <summary>
/// Script arrays and maps as typed host collections, for results (<c>Eval&lt;List&lt;long&gt;&gt;</c>,
/// <c>Eval&lt;Dictionary&lt;string, decimal&gt;&gt;</c>, nested ones) and scope reads: <c>T[]</c>, <c>List&lt;T&gt;</c> and the
/// list interfaces it implements; <c>Dictionary&lt;string, T&gt;</c> and its interfaces. Each item converts as a result
/// of type <c>T</c> would. A mismatch names where it is (<c>result[2]: expected i64, got string</c>).
/// The converter of each target type is built once, from generic code: nothing is reflected per conversion.
/// </summary>
internal static class TypedResults
{
    /// <summary>Converts a value to the target type, throwing a mismatch that names <c>path</c>.</summary>
    private delegate object? Converter(object? value, string path);

    private static readonly ConcurrentDictionary<Type, Converter?> Converters = new();

    private static readonly MethodInfo ListOf = typeof(TypedResults).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ArrayOf = typeof(TypedResults).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DictionaryOf = typeof(TypedResults).GetMethod(nameof(ToDictionary), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// True when <typeparamref name="T"/> is a typed collection this class converts to; then <paramref name="result"/>
    /// is <paramref name="value"/> converted, or a <see cref="RuntimeException"/> says which item did not fit.
    /// </summary>
    public static bool TryConvert<T>(object? value, out T result)
    {
        if (Converters.GetOrAdd(typeof(T), Build) is not { } convert)
        {
            result = default!;
            return false;
        }

        result = (T)convert(value, "result")!;
        return true;
    }

    private static Converter? Build(Type target)
    {
        if (target.IsArray && target.GetArrayRank() == 1 && target != typeof(byte[]))
        {
            return Make(ArrayOf, target.GetElementType()!);
        }

        if (!target.IsGenericType)
        {
            return null;
        }

        var definition = target.GetGenericTypeDefinition();
        var arguments = target.GetGenericArguments();
        if (arguments.Length == 1 && arguments[0] != typeof(object) && (definition == typeof(List<>) || definition == typeof(IList<>)
            || definition == typeof(ICollection<>) || definition == typeof(IEnumerable<>)
            || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)))
        {
            return Make(ListOf, arguments[0]);
        }

        if (arguments.Length == 2 && arguments[0] == typeof(string) && (definition == typeof(Dictionary<,>)
            || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
        {
            return Make(DictionaryOf, arguments[1]);
        }

        return null;
    }

    private static Converter Make(MethodInfo generic, Type item) => generic.MakeGenericMethod(item).CreateDelegate<Converter>();

    private static List<TItem> ToList<TItem>(object? value, string path)
    {
        var items = value as List<object?> ?? throw Mismatch(path, "array", value);
        var result = new List<TItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            result.Add(Item<TItem>(items[i], $"{path}[{i}]"));
        }

        return result;
    }

    private static TItem[] ToArray<TItem>(object? value, string path) => [.. ToList<TItem>(value, path)];

    private static Dictionary<string, TItem> ToDictionary<TItem>(object? value, string path)
    {
        var map = value as SortedDictionary<string, object?> ?? throw Mismatch(path, "map", value);
        var result = new Dictionary<string, TItem>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            result[key] = Item<TItem>(item, $"{path}.{key}");
        }

        return result;
    }

    private static TItem Item<TItem>(object? value, string path)
    {
        DepthGuard.EnterValue();
        if (Converters.GetOrAdd(typeof(TItem), Build) is { } nested)
        {
            return (TItem)nested(value, path)!;
        }

        return HostConversion.TryToHost<TItem>(value, out var item) ? item : throw Mismatch(path, TypeNames.OfType(typeof(TItem)), value);
    }

    private static RuntimeException Mismatch(string path, string expected, object? value) =>
        new(RuntimeErrorKind.MismatchOutputType,
            $"Output type incorrect: {path}: expected {expected}, got {TypeNames.OfBuiltIn(value) ?? value?.GetType().Name}", Position.None);
}
