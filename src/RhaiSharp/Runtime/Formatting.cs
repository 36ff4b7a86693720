using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>to_string / to_debug honouring functions registered for custom types.</summary>
internal static class Formatting
{
    public static string ToDisplay(RunContext ctx, object? value)
    {
        if (TypeNames.OfBuiltIn(value) is null && Custom(ctx, "to_string", value) is string s)
        {
            return s;
        }

        return MayHoldHostObjects(value) ? ValueFormatter.ToDisplay(value, v => Opaque(ctx, v)) : ValueFormatter.ToDisplay(value);
    }

    public static string ToDebug(RunContext ctx, object? value)
    {
        if (TypeNames.OfBuiltIn(value) is null && (Custom(ctx, "to_debug", value) ?? Custom(ctx, "to_string", value)) is string s)
        {
            return s;
        }

        return MayHoldHostObjects(value) ? ValueFormatter.ToDebug(value, v => Opaque(ctx, v)) : ValueFormatter.ToDebug(value);
    }

    // Only containers and host objects need the host-object formatter (and its closure): scalars are the common case.
    private static bool MayHoldHostObjects(object? value) =>
        value is List<object?> or SortedDictionary<string, object?> || TypeNames.OfBuiltIn(value) is null;

    /// <summary>A host object inside a value: its registered to_debug/to_string, else its registered type name, else
    /// <see cref="ValueFormatter.OpaqueName"/>; never its own <c>ToString()</c>.</summary>
    private static string Opaque(RunContext ctx, object value) =>
        (Custom(ctx, "to_debug", value) ?? Custom(ctx, "to_string", value)) as string
        ?? (value is Enum ? ValueFormatter.OpaqueName(value) : ctx.Environment.CustomTypeName(value.GetType()))
        ?? ValueFormatter.OpaqueName(value);

    private static object? Custom(RunContext ctx, string name, object? value)
    {
        object?[] args = [value];
        var fn = ctx.Environment.ResolveFunction(name, args);
        return fn is null || fn.AcceptsAny ? null : Calls.InvokeNative(ctx, fn, args, ctx.CurrentPosition);
    }
}
