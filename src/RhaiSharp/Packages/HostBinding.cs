using System.Runtime.CompilerServices;
using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <summary>
/// The one binding between .NET delegates and script values, for every registration — the public API
/// (<c>SetNativeFn</c>, custom types) and the standard library alike: which script type a parameter type accepts,
/// how an argument becomes the parameter, and how a result becomes a script value. A host result may hold host
/// containers, which are copied (<see cref="ToScript"/>); a library result is a script value already (<see cref="Widen"/>).
/// Exceptions a function throws are translated in one place, where native calls are made (<c>Calls.InvokeNative</c>).
/// </summary>
internal static class HostBinding
{
    /// <summary>
    /// The script type a parameter type accepts: small integers accept INT, <see cref="float"/> and <see cref="decimal"/>
    /// accept FLOAT (scripts have no decimal type), any other type itself.
    /// </summary>
    public static Type ParameterType(Type type)
    {
        if (type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
            || type == typeof(ushort) || type == typeof(uint))
        {
            return typeof(long);
        }

        if (type == typeof(float) || type == typeof(decimal))
        {
            return typeof(double);
        }

        return type;
    }

    /// <summary>A script value as the parameter type <typeparamref name="T"/> (INT narrows with an overflow check).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T FromScript<T>(object? value)
    {
        if (value is T t)
        {
            return t;
        }

        return ConvertSlow<T>(value);
    }

    private static T ConvertSlow<T>(object? value)
    {
        if (value is long l)
        {
            if (typeof(T) == typeof(int)) return (T)(object)checked((int)l);
            if (typeof(T) == typeof(short)) return (T)(object)checked((short)l);
            if (typeof(T) == typeof(byte)) return (T)(object)checked((byte)l);
            if (typeof(T) == typeof(sbyte)) return (T)(object)checked((sbyte)l);
            if (typeof(T) == typeof(ushort)) return (T)(object)checked((ushort)l);
            if (typeof(T) == typeof(uint)) return (T)(object)checked((uint)l);
            if (typeof(T) == typeof(double)) return (T)(object)(double)l;
            if (typeof(T) == typeof(decimal)) return (T)(object)(decimal)l;
        }

        if (value is double d)
        {
            if (typeof(T) == typeof(float)) return (T)(object)(float)d;
            if (typeof(T) == typeof(decimal)) return (T)(object)(decimal)d;
        }

        if (value is null && default(T) is null)
        {
            return default!;
        }

        throw new RuntimeException(
            RuntimeErrorKind.MismatchDataType,
            $"Data type incorrect: {TypeNames.OfBuiltIn(value) ?? value?.GetType().Name} (expecting {TypeNames.OfType(typeof(T))})",
            Position.None);
    }

    /// <summary>A standard-library result (already a script value) with small numbers widened: nothing is copied.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Widen<T>(T value)
    {
        if (typeof(T) == typeof(long)) return Boxes.Int((long)(object)value!);
        if (typeof(T) == typeof(bool)) return Boxes.Bool((bool)(object)value!);
        if (typeof(T) == typeof(int)) return Boxes.Int((int)(object)value!);
        if (typeof(T) == typeof(float)) return (double)(float)(object)value!;
        if (typeof(T) == typeof(short)) return Boxes.Int((short)(object)value!);
        if (typeof(T) == typeof(byte)) return Boxes.Int((byte)(object)value!);
        if (typeof(T) == typeof(uint)) return Boxes.Int((uint)(object)value!);
        if (typeof(T) == typeof(decimal)) return (double)(decimal)(object)value!;
        return value;
    }

    /// <summary>
    /// Refuses a function whose result is a task when it is registered: a script runs synchronously and would only
    /// receive the task object, never its value.
    /// </summary>
    /// <exception cref="ArgumentException"><typeparamref name="TResult"/> is a <see cref="Task"/> or <see cref="ValueTask"/>.</exception>
    public static void RefuseAsync<TResult>(string name)
    {
        var type = typeof(TResult);
        if (typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask)
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            throw new ArgumentException(
                $"Function '{name}' returns {type.Name}: scripts run synchronously and cannot await it. Register a synchronous "
                + "function instead: fetch the data before the run and pass it in, or block on the task inside the function.",
                nameof(TResult));
        }
    }

    /// <summary>A host result as a script value: small numbers widen, host lists and dictionaries are copied into arrays and maps.</summary>
    public static object? ToScript<T>(T value)
    {
        if (typeof(T) == typeof(long) || typeof(T) == typeof(int) || typeof(T) == typeof(bool))
        {
            return Widen(value);
        }

        return HostConversion.FromHost(value);
    }
}
