using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

/// <summary>Ports Rhai's BitField package (bit_field.rs): get_bit, set_bit, get_bits, set_bits on INT.</summary>
internal static class BitFieldFunctions
{
    /// <summary>Number of bits in an INT.</summary>
    public const int IntBits = 64;

    public static void Register(ModuleBuilder builder)
    {
        builder.Fn<long, long, bool>("get_bit", GetBit);
        builder.Raw("set_bit", [typeof(long), typeof(long), typeof(bool)], (c, a) =>
        {
            a[0] = Boxes.Int(SetBit((long)a[0]!, (long)a[1]!, (bool)a[2]!));
            return null;
        }, pure: false);

        builder.Fn<long, long, long, long>("get_bits", GetBits);
        builder.Fn<long, ScriptRange, long>("get_bits", (value, range) =>
        {
            var (from, len) = RangeToStartLen(range);
            return GetBits(value, from, len);
        });

        builder.Raw("set_bits", [typeof(long), typeof(long), typeof(long), typeof(long)], (c, a) =>
        {
            a[0] = Boxes.Int(SetBits((long)a[0]!, (long)a[1]!, (long)a[2]!, (long)a[3]!));
            return null;
        }, pure: false);
        builder.Raw("set_bits", [typeof(long), typeof(ScriptRange), typeof(long)], (c, a) =>
        {
            var (from, len) = RangeToStartLen((ScriptRange)a[1]!);
            a[0] = Boxes.Int(SetBits((long)a[0]!, from, len, (long)a[2]!));
            return null;
        }, pure: false);
    }

    /// <summary>Rhai's <c>calc_index</c> for bit positions: negative positions count from the most significant bit.</summary>
    public static int BitIndex(long bit)
    {
        if (bit < 0)
        {
            if (bit >= -IntBits)
            {
                return (int)(IntBits + bit);
            }
        }
        else if (bit < IntBits)
        {
            return (int)bit;
        }

        throw BoundsError(bit);
    }

    public static RuntimeException BoundsError(long bit) =>
        new(RuntimeErrorKind.BitFieldBounds, $"Bit-field index {bit} out of bounds: only {IntBits} bits in bit-field", Position.None);

    /// <summary>Start and length of a bit range as Rhai's range overloads compute them (negative starts clamp to 0).</summary>
    public static (long Start, long Length) RangeToStartLen(ScriptRange range)
    {
        var from = Math.Max(range.Start, 0);
        if (range.Inclusive)
        {
            var to = Math.Min(Math.Max(range.End, from - 1), long.MaxValue - 1);
            return (from, to - from + 1);
        }

        return (from, Math.Max(range.End, from) - from);
    }

    public static bool GetBit(long value, long bit) => (value & (1L << BitIndex(bit))) != 0;

    public static long SetBit(long value, long bit, bool on)
    {
        var mask = 1L << BitIndex(bit);
        return on ? value | mask : value & ~mask;
    }

    public static long GetBits(long value, long start, long bits)
    {
        if (bits <= 0)
        {
            return 0;
        }

        var bit = BitIndex(start);
        var count = bits > IntBits - bit ? IntBits - bit : (int)bits;
        if (bit == 0 && count == IntBits)
        {
            return value;
        }

        var mask = (long)((1UL << count) - 1);
        return (long)((ulong)value >> bit) & mask;
    }

    public static long SetBits(long value, long start, long bits, long newValue)
    {
        if (bits <= 0)
        {
            return value;
        }

        var bit = BitIndex(start);
        var count = bits > IntBits - bit ? IntBits - bit : (int)bits;
        if (bit == 0 && count == IntBits)
        {
            return newValue;
        }

        var mask = (long)((1UL << count) - 1);
        value &= ~(mask << bit);
        value |= (newValue & mask) << bit;
        return value;
    }
}
