using System.Runtime.CompilerServices;
using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <summary>Converts between script values and the .NET types of registered functions' parameters and results.</summary>
internal static class ValueConversion
{
    /// <summary>The Rhai value type a .NET parameter type binds to (e.g. <see cref="int"/> binds to INT).</summary>
    public static Type ScriptTypeOf(Type type)
    {
        if (type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
            || type == typeof(ushort) || type == typeof(uint))
        {
            return typeof(long);
        }

        if (type == typeof(float))
        {
            return typeof(double);
        }

        return type;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T FromValue<T>(object? value)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? ToValue<T>(T value)
    {
        if (typeof(T) == typeof(long)) return Boxes.Int((long)(object)value!);
        if (typeof(T) == typeof(bool)) return Boxes.Bool((bool)(object)value!);
        if (typeof(T) == typeof(int)) return Boxes.Int((int)(object)value!);
        if (typeof(T) == typeof(float)) return (double)(float)(object)value!;
        if (typeof(T) == typeof(short)) return Boxes.Int((short)(object)value!);
        if (typeof(T) == typeof(byte)) return Boxes.Int((byte)(object)value!);
        if (typeof(T) == typeof(uint)) return Boxes.Int((uint)(object)value!);
        return value;
    }
}
