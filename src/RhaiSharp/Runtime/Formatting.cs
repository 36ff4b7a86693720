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

        return ValueFormatter.ToDisplay(value);
    }

    public static string ToDebug(RunContext ctx, object? value)
    {
        if (TypeNames.OfBuiltIn(value) is null && (Custom(ctx, "to_debug", value) ?? Custom(ctx, "to_string", value)) is string s)
        {
            return s;
        }

        return ValueFormatter.ToDebug(value);
    }

    private static object? Custom(RunContext ctx, string name, object? value)
    {
        object?[] args = [value];
        var fn = ctx.Environment.ResolveFunction(name, args);
        return fn is null || fn.AcceptsAny ? null : Calls.InvokeNative(ctx, fn, args, ctx.CurrentPosition);
    }
}
