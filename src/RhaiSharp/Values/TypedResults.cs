using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using FastExpressionCompiler;

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
            return ObjectConverter(target);
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

        return ObjectConverter(target);
    }

    /// <summary>
    /// A record, class or struct built from a map: by the public constructor with the most parameters that all have
    /// a key (a parameter with a default may be missing), then by settable public properties. Keys are the member's
    /// name as declared, in camelCase or in snake_case. Compiled once into a delegate.
    /// </summary>
    private static Converter? ObjectConverter(Type target)
    {
        if (target.IsAbstract || target.IsInterface || target.IsPrimitive || target.IsEnum || target == typeof(string)
            || target == typeof(decimal) || target.Namespace is "System" || target.Namespace?.StartsWith("System.", StringComparison.Ordinal) == true
            || target.Assembly == typeof(TypedResults).Assembly || typeof(IEnumerable).IsAssignableFrom(target))
        {
            return null;
        }

        var constructor = target.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault(c => c.GetParameters().All(p => p.Name is not null));
        if (constructor is null && !target.IsValueType)
        {
            return null;
        }

        var value = Expression.Parameter(typeof(object), "value");
        var path = Expression.Parameter(typeof(string), "path");
        var map = Expression.Variable(typeof(SortedDictionary<string, object?>), "map");
        var parameters = constructor?.GetParameters() ?? [];
        var arguments = parameters.Select(p => Member(map, path, p.ParameterType, p.Name!, p.HasDefaultValue, p.HasDefaultValue ? p.DefaultValue : null));
        Expression created = constructor is null ? Expression.New(target) : Expression.New(constructor, arguments);
        var byConstructor = new HashSet<string>(parameters.Select(p => p.Name!), StringComparer.OrdinalIgnoreCase);
        var settable = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && !byConstructor.Contains(p.Name))
            .ToList();
        // Settable properties take a value only when the map has one: a missing key keeps the property's initializer.
        var instance = Expression.Variable(target, "instance");
        var steps = new List<Expression> { Expression.Assign(map, Expression.Call(AsMapOf, value, path)), Expression.Assign(instance, created) };
        foreach (var property in settable)
        {
            var keys = Expression.Constant(Keys(property.Name));
            steps.Add(Expression.IfThen(
                Expression.Call(HasOf, map, keys),
                Expression.Assign(Expression.Property(instance, property), Expression.Call(RequiredOf.MakeGenericMethod(property.PropertyType), map, path, keys))));
        }

        steps.Add(Expression.Convert(instance, typeof(object)));
        var body = Expression.Block(typeof(object), [map, instance], steps);
        return Expression.Lambda<Converter>(body, value, path).CompileFast();
    }

    private static readonly MethodInfo AsMapOf = typeof(TypedResults).GetMethod(nameof(AsMap), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo RequiredOf = typeof(TypedResults).GetMethod(nameof(Required), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo HasOf = typeof(TypedResults).GetMethod(nameof(Has), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo OptionalOf = typeof(TypedResults).GetMethod(nameof(Optional), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Expression Member(ParameterExpression map, ParameterExpression path, Type type, string name, bool hasDefault, object? fallback) =>
        hasDefault
            ? Expression.Call(OptionalOf.MakeGenericMethod(type), map, path, Expression.Constant(Keys(name)), Expression.Constant(fallback, typeof(object)))
            : Expression.Call(RequiredOf.MakeGenericMethod(type), map, path, Expression.Constant(Keys(name)));

    // The keys a member may have in a script map: as declared, camelCase, snake_case.
    private static string[] Keys(string name) =>
        [.. new[] { name, MemberNames.CamelCase(name), MemberNames.SnakeCase(name) }.Distinct(StringComparer.Ordinal)];

    private static bool Has(SortedDictionary<string, object?> map, string[] keys) => keys.Any(map.ContainsKey);

    private static SortedDictionary<string, object?> AsMap(object? value, string path) =>
        value as SortedDictionary<string, object?> ?? throw Mismatch(path, "map", value);

    private static TItem Required<TItem>(SortedDictionary<string, object?> map, string path, string[] keys)
    {
        foreach (var key in keys)
        {
            if (map.TryGetValue(key, out var item))
            {
                return Item<TItem>(item, $"{path}.{key}");
            }
        }

        throw new RuntimeException(RuntimeErrorKind.MismatchOutputType, $"Output type incorrect: {path}: missing '{keys[^1]}'", Position.None);
    }

    private static TItem Optional<TItem>(SortedDictionary<string, object?> map, string path, string[] keys, object? fallback)
    {
        foreach (var key in keys)
        {
            if (map.TryGetValue(key, out var item))
            {
                return Item<TItem>(item, $"{path}.{key}");
            }
        }

        return (TItem)fallback!;
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
