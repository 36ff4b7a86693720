using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using FastExpressionCompiler;
using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <summary>
/// Binds a .NET type's public instance properties and fields as script properties (<c>order.subtotal</c>), and the
/// types they hold (<c>order.customer.tier</c>, <c>order.lines[0].sku</c>) with it. Each accessor is compiled once into
/// a delegate; nothing is reflected when a script reads a property. Members marked <see cref="RhaiIgnoreAttribute"/> are
/// left out; <see cref="RhaiNameAttribute"/> renames one.
/// </summary>
internal static class MemberBinding
{
    public static void Bind(ModuleBuilder module, Type type, string scriptName, MemberNaming naming, bool writable, HashSet<Type> bound)
    {
        if (!bound.Add(type))
        {
            return;
        }

        module.TypeName(type, scriptName);
        foreach (var member in Members(type))
        {
            var memberType = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
            var name = member.GetCustomAttribute<RhaiNameAttribute>()?.Name ?? Name(member.Name, naming);
            var read = CompileGetter(type, member);
            module.AddHost(PropertyNames.Getter(name), [type], (c, a) => HostConversion.FromHost(read(a[0]!)), pure: true);
            if (writable && !type.IsValueType && IsWritable(member) && CompileSetter(type, member, memberType) is { } write)
            {
                module.AddHost(PropertyNames.Setter(name), [type, typeof(object)], (c, a) =>
                {
                    write(a[0]!, a[1]);
                    return null;
                }, pure: false);
            }

            if (BindableItem(memberType) is { } nested)
            {
                Bind(module, nested, nested.Name, naming, writable, bound);
            }
        }
    }

    private static IEnumerable<MemberInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Cast<MemberInfo>()
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m.GetCustomAttribute<RhaiIgnoreAttribute>() is null
                        && !(m.DeclaringType == typeof(object) || m.Name == "EqualityContract"));

    private static bool IsWritable(MemberInfo member) => member switch
    {
        PropertyInfo p => p.SetMethod is { IsPublic: true } setter
            && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)),
        FieldInfo f => !f.IsInitOnly,
        _ => false,
    };

    /// <summary>The type a member's values are objects of, when that type is one to bind too (not a scalar, string or collection).</summary>
    private static Type? BindableItem(Type type)
    {
        if (type.IsArray)
        {
            return BindableItem(type.GetElementType()!);
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
            return item is null || typeof(IEnumerable).IsAssignableFrom(item) && item != typeof(string) ? null : BindableItem(item);
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        var isScalar = type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal) || type == typeof(object)
            || typeof(Delegate).IsAssignableFrom(type) || type.Namespace is "System" or "System.Text.Json" or "System.Text.Json.Nodes";
        return isScalar || type.IsGenericTypeDefinition ? null : type;
    }

    private static Func<object, object?> CompileGetter(Type type, MemberInfo member)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var read = Expression.MakeMemberAccess(Expression.Convert(target, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).CompileFast();
    }

    private static Action<object, object?>? CompileSetter(Type type, MemberInfo member, Type memberType)
    {
        var convert = typeof(HostBinding).GetMethod(nameof(HostBinding.FromScript))!.MakeGenericMethod(memberType);
        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(Expression.MakeMemberAccess(Expression.Convert(target, type), member), Expression.Call(convert, value));
        return Expression.Lambda<Action<object, object?>>(assign, target, value).CompileFast();
    }

    /// <summary>A member's script name under <paramref name="naming"/>: <c>UnitPrice</c> → <c>unit_price</c>, <c>unitPrice</c>, or as is.</summary>
    internal static string Name(string member, MemberNaming naming) => naming switch
    {
        MemberNaming.AsDeclared => member,
        MemberNaming.CamelCase => MemberNames.CamelCase(member),
        _ => MemberNames.SnakeCase(member),
    };
}
