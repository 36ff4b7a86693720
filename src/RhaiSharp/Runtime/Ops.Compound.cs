using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Runtime;

// Compound assignment: Rhai tries the built-in operator, then a registered `op=` function (which may change its first
// argument in place, e.g. array `+=`), then the plain operator function.
internal static partial class Ops
{
    public static object? Compound(RunContext ctx, BinaryOperator op, object? current, object? value, long pos)
    {
        var operation = OperatorTable.Generic(op);
        if (current is long or double or bool || (current is string && value is string or char) || (current is char && value is char or string))
        {
            return operation(ctx, current, value, pos);
        }

        object?[] args = [current, value];
        var fn = ctx.Environment.ResolveFunction(OperatorTable.CompoundName(op), args);
        if (fn is not null)
        {
            Calls.InvokeNative(ctx, fn, args, pos);
            return args[0];
        }

        return operation(ctx, current, value, pos);
    }
}
