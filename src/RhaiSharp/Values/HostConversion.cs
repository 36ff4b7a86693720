using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RhaiSharp.Values;

/// <summary>Converts between plain .NET values handed in by a host and script values, in both directions.</summary>
internal static class HostConversion
{
    /// <summary>
    /// A host value as a script value: small integer types widen to INT, float to FLOAT; lists and dictionaries are
    /// copied into new arrays and maps, item by item (so a script never aliases a host's container, and nested host
    /// containers convert too). A container that contains itself, or a graph of more than
    /// <see cref="MaxHostNodes"/> values, is refused with a runtime error; depth is bounded by <see cref="DepthGuard"/>.
    /// </summary>
    public static object? FromHost(object? value) => value switch
    {
        null => null,
        long or double or bool or char or string => value,
        int i => Boxes.Int(i),
        short s => Boxes.Int(s),
        byte b => Boxes.Int(b),
        sbyte sb => Boxes.Int(sb),
        ushort us => Boxes.Int(us),
        uint ui => Boxes.Int(ui),
        float f => (double)f,
        decimal m => (double)m,
        ScriptRange or FnPtr or Timestamp => value,
        byte[] bytes => new List<byte>(bytes),
        List<byte> blob => new List<byte>(blob),
        IDictionary or IList => new ContainerCopy().Convert(value),
        JsonElement element => JsonValues.FromElement(element),
        JsonDocument document => JsonValues.FromElement(document.RootElement),
        JsonNode node => JsonValues.FromNode(node),
        _ => value,
    };

    /// <summary>The most values one host graph may hold (a shared sub-list counts each time it is reached).</summary>
    internal const int MaxHostNodes = 10_000_000;

    /// <summary>One conversion of a host graph: the containers on the current path (to refuse cycles) and a node budget.</summary>
    private sealed class ContainerCopy
    {
        private readonly HashSet<object> _path = new(ReferenceEqualityComparer.Instance);
        private int _nodes;

        public object? Convert(object? value)
        {
            if (++_nodes > MaxHostNodes)
            {
                throw new RuntimeException(RuntimeErrorKind.DataTooLarge,
                    $"Host value has more than {MaxHostNodes:N0} items (shared parts count each time they are reached)", Position.None);
            }

            return value switch
            {
                // Before IList: a byte array is an IList, but it becomes a blob, not an array.
                byte[] or List<byte> => FromHost(value),
                IDictionary dict => Enter(dict, () => FromDictionary(dict)),
                IList list => Enter(list, () => FromList(list)),
                _ => FromHost(value),
            };
        }

        private object Enter(object container, Func<object> copy)
        {
            DepthGuard.EnterValue();
            if (!_path.Add(container))
            {
                throw new RuntimeException(RuntimeErrorKind.MismatchDataType,
                    $"Host value of type '{container.GetType().Name}' contains itself: a cyclic value cannot be passed to a script", Position.None);
            }

            try
            {
                return copy();
            }
            finally
            {
                _path.Remove(container);
            }
        }

        private List<object?> FromList(IList list)
        {
            var result = new List<object?>(list.Count);
            foreach (var item in list)
            {
                result.Add(Convert(item));
            }

            return result;
        }

        private SortedDictionary<string, object?> FromDictionary(IDictionary dict)
        {
            var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (DictionaryEntry e in dict)
            {
                result[e.Key.ToString() ?? string.Empty] = Convert(e.Value);
            }

            return result;
        }
    }

    /// <summary>As <see cref="FromHost"/>, without boxing the common value types (INTs and booleans come from the box caches).</summary>
    public static object? FromHostValue<T>(T value)
    {
        if (typeof(T) == typeof(long))
        {
            return Boxes.Int(Unsafe.As<T, long>(ref value));
        }

        if (typeof(T) == typeof(int))
        {
            return Boxes.Int(Unsafe.As<T, int>(ref value));
        }

        if (typeof(T) == typeof(bool))
        {
            return Boxes.Bool(Unsafe.As<T, bool>(ref value));
        }

        return typeof(T) == typeof(string) ? value : FromHost(value);
    }

    /// <summary>
    /// A script value as a host value of type <typeparamref name="T"/>; arrays are <see cref="IList"/>, maps
    /// <see cref="IDictionary"/> with string keys, blobs <see cref="byte"/> arrays, unit <see langword="null"/>.
    /// </summary>
    public static bool TryToHost<T>(object? value, out T result)
    {
        if (typeof(T) == typeof(object))
        {
            result = (T)ToPlain(value)!;
            return true;
        }

        switch (value)
        {
            case T t when value is not List<byte>:
                result = t;
                return true;
            case List<byte> blob when typeof(T) == typeof(byte[]):
                result = (T)(object)blob.ToArray();
                return true;
            case List<byte> blob when typeof(T).IsAssignableFrom(typeof(List<byte>)):
                result = (T)(object)blob;
                return true;
            case null when default(T) is null:
                result = default!;
                return true;
            case long l when typeof(T) == typeof(int) && l is >= int.MinValue and <= int.MaxValue:
                result = (T)(object)(int)l;
                return true;
            case long l when typeof(T) == typeof(double):
                result = (T)(object)(double)l;
                return true;
            case long l when typeof(T) == typeof(decimal):
                result = (T)(object)(decimal)l;
                return true;
            case double d when typeof(T) == typeof(decimal):
                result = (T)(object)(decimal)d;
                return true;
            case double d when typeof(T) == typeof(float):
                result = (T)(object)(float)d;
                return true;
            case char c when typeof(T) == typeof(string):
                result = (T)(object)c.ToString();
                return true;
            case string name when typeof(T).IsEnum && HostEnums.TryParseName(typeof(T), name, out var parsed):
                result = (T)(object)parsed;
                return true;
        }

        if (typeof(JsonNode).IsAssignableFrom(typeof(T)) || typeof(T) == typeof(JsonElement))
        {
            var node = JsonValues.ToNode(value, "result");
            object? converted = typeof(T) == typeof(JsonElement) ? JsonSerializer.SerializeToElement(node) : node;
            if (converted is T typed || (converted is null && default(T) is null))
            {
                result = (T)converted!;
                return true;
            }

            result = default!;
            return false;
        }

        return TypedResults.TryConvert(value, out result);
    }

    /// <summary>Deep conversion to plain values: blobs become byte arrays; containers convert their items.</summary>
    public static object? ToPlain(object? value)
    {
        switch (value)
        {
            case List<byte> blob:
                return blob.ToArray();
            case List<object?> list:
                DepthGuard.EnterValue();
                return list.ConvertAll(ToPlain);
            case SortedDictionary<string, object?> map:
                DepthGuard.EnterValue();
                return ConvertMap(map);
            default:
                return value;
        }
    }

    private static SortedDictionary<string, object?> ConvertMap(SortedDictionary<string, object?> map)
    {
        var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in map)
        {
            result[k] = ToPlain(v);
        }

        return result;
    }
}
