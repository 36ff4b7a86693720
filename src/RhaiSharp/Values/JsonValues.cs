using System.Text.Json;
using System.Text.Json.Nodes;

namespace RhaiSharp.Values;

/// <summary>
/// System.Text.Json values in and out of scripts: a <see cref="JsonElement"/>, <see cref="JsonDocument"/> or
/// <see cref="JsonNode"/> handed in becomes script values (objects → maps, arrays → arrays, integral numbers → INT,
/// other numbers → FLOAT, null → <c>()</c>); a result asked for as <see cref="JsonNode"/> or <see cref="JsonElement"/>
/// is built from script values, and a value JSON cannot hold (NaN, an infinity, a function pointer) is an error
/// naming where it is, not an exception from the serializer later.
/// </summary>
internal static class JsonValues
{
    public static object? FromElement(JsonElement element)
    {
        DepthGuard.EnterValue();
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromElement(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromElement(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var l) ? Boxes.Int(l) : element.GetDouble();
            case JsonValueKind.True:
                return Boxes.True;
            case JsonValueKind.False:
                return Boxes.False;
            default:
                return null;
        }
    }

    public static object? FromNode(JsonNode? node)
    {
        DepthGuard.EnterValue();
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in obj)
                {
                    map[key] = FromNode(value);
                }

                return map;
            case JsonArray array:
                var list = new List<object?>(array.Count);
                foreach (var item in array)
                {
                    list.Add(FromNode(item));
                }

                return list;
            default:
                // A parsed node holds its JsonElement; one built in code (JsonValue.Create(5)) is read through one.
                var leaf = (JsonValue)node;
                return FromElement(leaf.TryGetValue<JsonElement>(out var element) ? element : JsonSerializer.SerializeToElement(leaf));
        }
    }

    /// <summary>A script value as a JSON node; <paramref name="path"/> names it in errors.</summary>
    public static JsonNode? ToNode(object? value, string path)
    {
        DepthGuard.EnterValue();
        switch (value)
        {
            case null:
                return null;
            case bool b:
                return JsonValue.Create(b);
            case long l:
                return JsonValue.Create(l);
            case double d when double.IsFinite(d):
                return JsonValue.Create(d);
            case double d:
                throw Unrepresentable(path, ValueFormatter.FormatFloat(d));
            case string s:
                return JsonValue.Create(s);
            case char c:
                return JsonValue.Create(c.ToString());
            case Enum e:
                return JsonValue.Create(e.ToString());
            case List<object?> list:
                var array = new JsonArray();
                for (var i = 0; i < list.Count; i++)
                {
                    array.Add(ToNode(list[i], $"{path}[{i}]"));
                }

                return array;
            case SortedDictionary<string, object?> map:
                var obj = new JsonObject();
                foreach (var (key, item) in map)
                {
                    obj[key] = ToNode(item, $"{path}.{key}");
                }

                return obj;
            case List<byte> blob:
                return new JsonArray([.. blob.Select(b => (JsonNode?)JsonValue.Create((long)b))]);
            default:
                throw Unrepresentable(path, TypeNames.OfBuiltIn(value) ?? value.GetType().Name);
        }
    }

    private static RuntimeException Unrepresentable(string path, string what) =>
        new(RuntimeErrorKind.MismatchOutputType, $"Output type incorrect: {path}: {what} cannot be represented in JSON", Position.None);
}
