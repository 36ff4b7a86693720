namespace RhaiSharp.Runtime;

// Compound assignment: Rhai tries the built-in operator, then a registered `op=` function (which may change its first
// argument in place, e.g. array `+=`), then the plain operator function.
internal static partial class Ops
{
    public static object? Compound(RunContext ctx, string op, object? current, object? value, long pos)
    {
        if (current is long or double or bool || (current is string && value is string or char) || (current is char && value is char or string))
        {
            return Apply(ctx, op, current, value, pos);
        }

        var name = op + "=";
        object?[] args = [current, value];
        var fn = ctx.Environment.ResolveFunction(name, args);
        if (fn is not null)
        {
            Calls.InvokeNative(ctx, fn, args, pos);
            return args[0];
        }

        return Apply(ctx, op, current, value, pos);
    }

    public static object? Apply(RunContext ctx, string op, object? a, object? b, long pos) => op switch
    {
        "+" => Add(ctx, a, b, pos),
        "-" => Subtract(ctx, a, b, pos),
        "*" => Multiply(ctx, a, b, pos),
        "/" => Divide(ctx, a, b, pos),
        "%" => Modulo(ctx, a, b, pos),
        "**" => Power(ctx, a, b, pos),
        "<<" => ShiftLeft(ctx, a, b, pos),
        ">>" => ShiftRight(ctx, a, b, pos),
        "&" => BitAnd(ctx, a, b, pos),
        "|" => BitOr(ctx, a, b, pos),
        "^" => BitXor(ctx, a, b, pos),
        _ => throw new InvalidOperationException($"{op} is not a compound-assignment operator"),
    };
}
