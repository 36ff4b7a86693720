using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>
/// Rhai's built-in operators on standard types (Rhai: <c>func/builtin.rs</c>), called by compiled code.
/// INT arithmetic is checked; INT/FLOAT mixes promote to FLOAT; comparisons across types are false, never errors.
/// Anything else falls back to an operator function registered in a module (e.g. array <c>+</c>).
/// </summary>
internal static partial class Ops
{
    public static object? Add(RunContext ctx, object? a, object? b, long pos)
    {
        if (a is long x && b is long y)
        {
            return Boxes.Int(IntOps.Add(x, y, pos));
        }

        if (TryFloats(a, b, out var fx, out var fy))
        {
            return fx + fy;
        }

        switch (a)
        {
            case string s when b is string t:
                ctx.CheckStringSize((long)s.Length + t.Length, pos);
                return string.Concat(s, t);
            case string s when b is char c:
                ctx.CheckStringSize(s.Length + 1L, pos);
                return s + c;
            case char c when b is string t:
                ctx.CheckStringSize(t.Length + 1L, pos);
                return c + t;
            case char c when b is char d:
                return string.Concat(c.ToString(), d.ToString());
        }

        return Fallback(ctx, "+", a, b, pos);
    }

    public static object? Subtract(RunContext ctx, object? a, object? b, long pos)
    {
        if (a is long x && b is long y)
        {
            return Boxes.Int(IntOps.Subtract(x, y, pos));
        }

        if (TryFloats(a, b, out var fx, out var fy))
        {
            return fx - fy;
        }

        return Fallback(ctx, "-", a, b, pos);
    }

    public static object? Multiply(RunContext ctx, object? a, object? b, long pos)
    {
        if (a is long x && b is long y)
        {
            return Boxes.Int(IntOps.Multiply(x, y, pos));
        }

        if (TryFloats(a, b, out var fx, out var fy))
        {
            return fx * fy;
        }

        return Fallback(ctx, "*", a, b, pos);
    }

    public static object? Divide(RunContext ctx, object? a, object? b, long pos)
    {
        if (a is long x && b is long y)
        {
            return Boxes.Int(IntOps.Divide(x, y, pos));
        }

        if (TryFloats(a, b, out var fx, out var fy))
        {
            return fx / fy;
        }

        return Fallback(ctx, "/", a, b, pos);
    }

    public static object? Modulo(RunContext ctx, object? a, object? b, long pos)
    {
        if (a is long x && b is long y)
        {
            return Boxes.Int(IntOps.Modulo(x, y, pos));
        }

        if (TryFloats(a, b, out var fx, out var fy))
        {
            return fx % fy;
        }

        return Fallback(ctx, "%", a, b, pos);
    }

    public static object? Power(RunContext ctx, object? a, object? b, long pos)
    {
        if (a is long x && b is long y)
        {
            return Boxes.Int(IntOps.Power(x, y, pos));
        }

        // Rhai's FLOAT ** INT is powf with the exponent widened, as for FLOAT ** FLOAT.
        if (TryFloats(a, b, out var dx, out var dy))
        {
            return Math.Pow(dx, dy);
        }

        return Fallback(ctx, "**", a, b, pos);
    }

    public static object? ShiftLeft(RunContext ctx, object? a, object? b, long pos)
    {
        if (a is long x && b is long y)
        {
            return Boxes.Int(IntOps.ShiftLeft(x, y, pos));
        }

        return Fallback(ctx, "<<", a, b, pos);
    }

    public static object? ShiftRight(RunContext ctx, object? a, object? b, long pos)
    {
        if (a is long x && b is long y)
        {
            return Boxes.Int(IntOps.ShiftRight(x, y, pos));
        }

        return Fallback(ctx, ">>", a, b, pos);
    }

    public static object? BitAnd(RunContext ctx, object? a, object? b, long pos) => (a, b) switch
    {
        (long x, long y) => Boxes.Int(x & y),
        (bool x, bool y) => Boxes.Bool(x & y),
        _ => Fallback(ctx, "&", a, b, pos),
    };

    public static object? BitOr(RunContext ctx, object? a, object? b, long pos) => (a, b) switch
    {
        (long x, long y) => Boxes.Int(x | y),
        (bool x, bool y) => Boxes.Bool(x | y),
        _ => Fallback(ctx, "|", a, b, pos),
    };

    public static object? BitXor(RunContext ctx, object? a, object? b, long pos) => (a, b) switch
    {
        (long x, long y) => Boxes.Int(x ^ y),
        (bool x, bool y) => Boxes.Bool(x ^ y),
        _ => Fallback(ctx, "^", a, b, pos),
    };

    public static object? Negate(RunContext ctx, object? a, long pos)
    {
        switch (a)
        {
            case long x:
                return Boxes.Int(IntOps.Negate(x, pos));
            case double d:
                return -d;
        }

        return UnaryFallback(ctx, "-", a, pos);
    }

    public static object? Plus(RunContext ctx, object? a, long pos) =>
        a is long or double ? a : UnaryFallback(ctx, "+", a, pos);

    public static object? Not(RunContext ctx, object? a, long pos) =>
        a is bool b ? Boxes.Bool(!b) : UnaryFallback(ctx, "!", a, pos);

    /// <summary>Conditions of <c>if</c>, <c>while</c>, <c>&amp;&amp;</c> and friends must be bool.</summary>
    public static bool Truthy(object? value, long pos) =>
        value is bool b ? b : throw Errors.MismatchType("bool", Errors.TypeOf(value), pos);

    private static bool TryFloats(object? a, object? b, out double x, out double y)
    {
        switch (a)
        {
            case double da when b is double db:
                (x, y) = (da, db);
                return true;
            case double da when b is long lb:
                (x, y) = (da, lb);
                return true;
            case long la when b is double db:
                (x, y) = (la, db);
                return true;
            default:
                (x, y) = (0, 0);
                return false;
        }
    }

    internal static object? Fallback(RunContext ctx, string op, object? a, object? b, long pos)
    {
        object?[] args = [a, b];
        var fn = ctx.Environment.ResolveFunction(op, args);
        if (fn is null)
        {
            throw Errors.OperatorNotFound(ctx, op, a, b, pos);
        }

        return Calls.InvokeNative(ctx, fn, args, pos);
    }

    private static object? UnaryFallback(RunContext ctx, string op, object? a, long pos)
    {
        object?[] args = [a];
        var fn = ctx.Environment.ResolveFunction(op, args)
            ?? throw Errors.FunctionNotFound(ctx, op, args, pos);
        return Calls.InvokeNative(ctx, fn, args, pos);
    }
}
