using RhaiSharp.Values;

using Map = System.Collections.Generic.SortedDictionary<string, object?>;

namespace RhaiSharp.Packages.Standard;
/// <summary>Ports Rhai's BasicMap package (map_basic.rs), plus <c>parse_json</c> from LanguageCore (lang_core.rs).</summary>
internal static class MapFunctions
{
    public static void Register(ModuleBuilder builder)
    {
        builder.Fn<Map, long>("len", m => m.Count);
        builder.Fn<Map, bool>("is_empty", m => m.Count == 0);
        builder.Fn<Map, string, bool>("contains", (m, key) => m.ContainsKey(key));
        builder.Fn<Map, string, object?>("get", (m, key) => m.TryGetValue(key, out var v) ? ValueCopy.Clone(v) : null);
        builder.ActionCtx<Map, string, object?>("set", (c, m, key, value) =>
        {
            if (!m.ContainsKey(key))
            {
                c.CheckMapSize(m.Count + 1L);
            }

            m[key] = ValueCopy.Clone(value);
        });
        builder.Action<Map>("clear", m => m.Clear());
        builder.Raw("remove", [typeof(Map), typeof(string)], (c, a) =>
            ((Map)a[0]!).Remove((string)a[1]!, out var removed) ? removed : null, pure: false);

        builder.ActionCtx<Map, Map>("mixin", Mixin);
        builder.ActionCtx<Map, Map>("+=", Mixin);
        builder.FnCtx<Map, Map, Map>("+", (c, m1, m2) =>
        {
            var result = ValueCopy.CloneMap(m1);
            Mixin(c, result, m2);
            return result;
        });
        builder.ActionCtx<Map, Map>("fill_with", FillWith);
        builder.FnCtx<Map, Map, bool>("==", Equal);
        builder.FnCtx<Map, Map, bool>("!=", (c, m1, m2) => !Equal(c, m1, m2));

        builder.Fn<Map, List<object?>>("keys", m => [.. m.Keys.Select(k => (object?)k)]);
        builder.Fn<Map, List<object?>>("values", m => [.. m.Values.Select(ValueCopy.Clone)]);

        builder.FnCtx<Map, FnPtr, Map>("map", MapValues);
        builder.FnCtx<Map, FnPtr, Map>("filter", Filter);
        builder.FnCtx<Map, FnPtr, Map>("drain", (c, m, fn) => RemoveWhere(c, m, fn, removeWhen: true), pure: false);
        builder.FnCtx<Map, FnPtr, Map>("retain", (c, m, fn) => RemoveWhere(c, m, fn, removeWhen: false), pure: false);

        builder.Fn<Map, string>("to_json", Json.Write);
        builder.Fn<string, object?>("parse_json", Json.Parse);
    }

    private static void Mixin(NativeCallContext context, Map target, Map source)
    {
        var added = source.Keys.Count(k => !target.ContainsKey(k));
        if (added > 0)
        {
            context.CheckMapSize(target.Count + (long)added);
        }

        foreach (var (key, value) in source)
        {
            target[key] = ValueCopy.Clone(value);
        }
    }

    private static void FillWith(NativeCallContext context, Map target, Map source)
    {
        var added = source.Keys.Count(k => !target.ContainsKey(k));
        if (added == 0)
        {
            return;
        }

        context.CheckMapSize(target.Count + (long)added);
        foreach (var (key, value) in source)
        {
            target.TryAdd(key, ValueCopy.Clone(value));
        }
    }

    private static bool Equal(NativeCallContext context, Map m1, Map m2)
    {
        if (m1.Count != m2.Count)
        {
            return false;
        }

        foreach (var (key, value) in m1)
        {
            if (!m2.TryGetValue(key, out var other) || !context.ValuesEqual(value, other))
            {
                return false;
            }
        }

        return true;
    }

    private static object? Call(NativeCallContext context, FnPtr fn, string key, object? value)
    {
        context.Tick();
        return context.CallFnPtr(fn, [key, ValueCopy.Clone(value)]);
    }

    private static bool Test(NativeCallContext context, FnPtr fn, string key, object? value) =>
        Call(context, fn, key, value) switch
        {
            bool b => b,
            var other => throw new RuntimeException(
                RuntimeErrorKind.MismatchDataType,
                $"Data type incorrect: {context.TypeName(other)} (expecting bool)",
                Position.None),
        };

    private static Map MapValues(NativeCallContext context, Map map, FnPtr fn)
    {
        var result = new Map(StringComparer.Ordinal);
        foreach (var (key, value) in map.ToArray())
        {
            result[key] = Call(context, fn, key, value);
        }

        return result;
    }

    private static Map Filter(NativeCallContext context, Map map, FnPtr fn)
    {
        var result = new Map(StringComparer.Ordinal);
        foreach (var (key, value) in map.ToArray())
        {
            if (Test(context, fn, key, value))
            {
                result[key] = ValueCopy.Clone(value);
            }
        }

        return result;
    }

    /// <summary>Removes the entries for which the callback returns <paramref name="removeWhen"/>; returns them as a map.</summary>
    private static Map RemoveWhere(NativeCallContext context, Map map, FnPtr fn, bool removeWhen)
    {
        var removed = new Map(StringComparer.Ordinal);
        foreach (var (key, value) in map.ToArray())
        {
            if (Test(context, fn, key, value) == removeWhen)
            {
                removed[key] = value;
            }
        }

        foreach (var key in removed.Keys)
        {
            map.Remove(key);
        }

        return removed;
    }
}
