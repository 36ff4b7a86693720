using System.Runtime.CompilerServices;

namespace RhaiSharp.Runtime;

/// <summary>
/// Checked INT arithmetic on unboxed <see cref="long"/>s, for locals the compiler proved to be INT. Small enough for
/// the JIT to inline into compiled scripts; overflow is a script error with the operator's position, never wrap-around.
/// </summary>
internal static class IntOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Add(long a, long b, long pos)
    {
        var r = a + b;
        if (((a ^ r) & (b ^ r)) < 0)
        {
            throw Overflow("Addition", a, "+", b, pos);
        }

        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Subtract(long a, long b, long pos)
    {
        var r = a - b;
        if (((a ^ b) & (a ^ r)) < 0)
        {
            throw Overflow("Subtraction", a, "-", b, pos);
        }

        return r;
    }

    // For an operand the compiler proved non-negative (the counter of `for i in 0..n` that the body never assigns):
    // the sum can only overflow upwards, so one compare against the other operand decides it.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long AddNonNegative(long a, long nonNegative, long pos)
    {
        var r = a + nonNegative;
        if (r < a)
        {
            throw Overflow("Addition", a, "+", nonNegative, pos);
        }

        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long AddToNonNegative(long nonNegative, long b, long pos)
    {
        var r = nonNegative + b;
        if (r < b)
        {
            throw Overflow("Addition", nonNegative, "+", b, pos);
        }

        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long SubtractNonNegative(long a, long nonNegative, long pos)
    {
        var r = a - nonNegative;
        if (r > a)
        {
            throw Overflow("Subtraction", a, "-", nonNegative, pos);
        }

        return r;
    }

    // For a right operand that is a literal (`n - 1`): once inlined, the JIT folds the sign test and the bound, leaving
    // one compare against a constant instead of the three-operation sign check above.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long AddConstant(long a, long constant, long pos)
    {
        if (constant >= 0 ? a > long.MaxValue - constant : a < long.MinValue - constant)
        {
            throw Overflow("Addition", a, "+", constant, pos);
        }

        return a + constant;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long SubtractConstant(long a, long constant, long pos)
    {
        if (constant >= 0 ? a < long.MinValue + constant : a > long.MaxValue + constant)
        {
            throw Overflow("Subtraction", a, "-", constant, pos);
        }

        return a - constant;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Multiply(long a, long b, long pos) =>
        TryMultiply(a, b, out var product) ? product : throw Overflow("Multiplication", a, "*", b, pos);

    // The 128-bit product fits in 64 bits when its high half is only the low half's sign extended.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryMultiply(long a, long b, out long product)
    {
        var high = Math.BigMul(a, b, out product);
        return high == product >> 63;
    }

    public static long Divide(long a, long b, long pos)
    {
        if (b == 0 || (a == long.MinValue && b == -1))
        {
            throw Errors.Arithmetic(b == 0 ? $"Division by zero: {a} / {b}" : $"Division overflow: {a} / {b}", pos);
        }

        return a / b;
    }

    // Rust's checked_rem: MIN % -1 overflows as MIN / -1 does (.NET would throw OverflowException).
    public static long Modulo(long a, long b, long pos)
    {
        if (b == 0 || (a == long.MinValue && b == -1))
        {
            throw Errors.Arithmetic($"Modulo division by zero or overflow: {a} % {b}", pos);
        }

        return a % b;
    }

    public static long Power(long a, long b, long pos)
    {
        // Rhai checks the exponent's range before its sign, and before looking at the base (1 ** 5000000000 overflows).
        if (b > uint.MaxValue)
        {
            throw Errors.Arithmetic($"Exponential overflow: {a} ** {b}", pos);
        }

        if (b < 0)
        {
            throw Errors.Arithmetic($"Integer raised to a negative power: {a} ** {b}", pos);
        }

        long result = 1;
        var factor = a;
        var exponent = b;
        while (true)
        {
            if ((exponent & 1) == 1 && !TryMultiply(result, factor, out result))
            {
                throw Errors.Arithmetic($"Exponential overflow: {a} ** {b}", pos);
            }

            exponent >>= 1;
            if (exponent == 0)
            {
                return result;
            }

            if (!TryMultiply(factor, factor, out factor))
            {
                throw Errors.Arithmetic($"Exponential overflow: {a} ** {b}", pos);
            }
        }
    }

    // Shifts never fail (Rhai's checked build): a negative count shifts the other way, and shifting by 64 or more
    // gives what shifting out every bit would: 0 to the left, the sign to the right.

    public static long ShiftLeft(long a, long b, long pos) =>
        b < 0 ? ShiftRight(a, b == long.MinValue ? long.MaxValue : -b, pos)
        : b >= 64 ? 0
        : a << (int)b;

    public static long ShiftRight(long a, long b, long pos) =>
        b < 0 ? ShiftLeft(a, b == long.MinValue ? long.MaxValue : -b, pos)
        : b >= 64 ? a >> 63
        : a >> (int)b;

    public static long Negate(long a, long pos) =>
        a == long.MinValue ? throw Errors.Arithmetic($"Negation overflow: -{a}", pos) : -a;

    /// <summary>A value written back into an INT local (e.g. by a method on it) must still be an INT.</summary>
    public static long Unbox(object? value, long pos) =>
        value is long l ? l : throw Errors.MismatchType("i64", Errors.TypeOf(value), pos);

    /// <summary>A range bound of a <c>for</c> loop.</summary>
    public static long Bound(object? value, long pos) =>
        value is long l ? l : throw Errors.Runtime(RuntimeErrorKind.MismatchDataType,
            $"Data type incorrect: a range needs INT bounds, not {Errors.TypeOf(value)}", pos);

    // Returned, not thrown: a `throw` at the call site tells the JIT the branch never comes back, so it keeps the
    // result in a register and moves the formatting out of the loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RuntimeException Overflow(string what, long a, string op, long b, long pos) =>
        Errors.Arithmetic($"{what} overflow: {a} {op} {b}", pos);
}
