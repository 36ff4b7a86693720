using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>Builds runtime errors with Rhai's wording.</summary>
internal static class Errors
{
    public static RuntimeException Arithmetic(string message, long position) =>
        new(RuntimeErrorKind.Arithmetic, message, Position.Unpack(position));

    public static RuntimeException FunctionNotFound(RunContext ctx, string name, object?[] args, long position) =>
        new(RuntimeErrorKind.FunctionNotFound,
            $"Function not found: {name} ({string.Join(", ", args.Select(a => ctx.TypeName(a)))})",
            Position.Unpack(position));

    public static RuntimeException OperatorNotFound(RunContext ctx, string op, object? left, object? right, long position) =>
        new(RuntimeErrorKind.FunctionNotFound,
            $"Function not found: {op} ({ctx.TypeName(left)}, {ctx.TypeName(right)})",
            Position.Unpack(position));

    public static RuntimeException MismatchType(string expected, string actual, long position) =>
        new(RuntimeErrorKind.MismatchDataType, $"Data type incorrect: {actual} (expecting {expected})", Position.Unpack(position));

    public static RuntimeException Runtime(RuntimeErrorKind kind, string message, long position) =>
        new(kind, message, Position.Unpack(position));

    public static string TypeOf(object? value) => TypeNames.OfBuiltIn(value) ?? value?.GetType().Name ?? "()";
}
