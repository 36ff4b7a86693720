using System.Buffers.Binary;
using System.Text;
using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

// Rhai: blob_basic.rs parse_int_functions, parse_float_functions, write_int_functions, write_float_functions,
// write_string_functions. At most 8 bytes are read or written; a shorter portion reads the first bytes of the
// 8-byte buffer (zero-filled) and writes the first bytes of the value's 8-byte representation in that byte order.
internal static partial class BlobFunctions
{
    private const int ValueBytes = 8;

    private static void RegisterParse(ModuleBuilder builder)
    {
        foreach (var le in (bool[])[true, false])
        {
            var suffix = le ? "le" : "be";
            builder.Fn($"parse_{suffix}_int", (List<byte> b, long start, long len) => ParseInt(b, start, len, le));
            builder.Fn($"parse_{suffix}_int", (List<byte> b, ScriptRange range) =>
            {
                var (start, len) = ArrayFunctions.RangeToStartLen(range);
                return ParseInt(b, start, len, le);
            });
            builder.Fn($"parse_{suffix}_float", (List<byte> b, long start, long len) => ParseFloat(b, start, len, le));
            builder.Fn($"parse_{suffix}_float", (List<byte> b, ScriptRange range) =>
            {
                var (start, len) = ArrayFunctions.RangeToStartLen(range);
                return ParseFloat(b, start, len, le);
            });
        }
    }

    private static void RegisterWrite(ModuleBuilder builder)
    {
        foreach (var le in (bool[])[true, false])
        {
            var name = le ? "write_le" : "write_be";
            builder.Action(name, (List<byte> b, long start, long len, long value) => WriteInt(b, start, len, value, le));
            builder.Action(name, (List<byte> b, ScriptRange range, long value) =>
            {
                var (start, len) = ArrayFunctions.RangeToStartLen(range);
                WriteInt(b, start, len, value, le);
            });
            builder.Action(name, (List<byte> b, long start, long len, double value) =>
                WriteInt(b, start, len, BitConverter.DoubleToInt64Bits(value), le));
            builder.Action(name, (List<byte> b, ScriptRange range, double value) =>
            {
                var (start, len) = ArrayFunctions.RangeToStartLen(range);
                WriteInt(b, start, len, BitConverter.DoubleToInt64Bits(value), le);
            });
        }

        foreach (var ascii in (bool[])[true, false])
        {
            var name = ascii ? "write_ascii" : "write_utf8";
            builder.Action(name, (List<byte> b, long start, long len, string s) => WriteString(b, start, len, s, ascii));
            builder.Action(name, (List<byte> b, ScriptRange range, string s) =>
            {
                var (start, len) = ArrayFunctions.RangeToStartLen(range);
                WriteString(b, start, len, s, ascii);
            });
        }
    }

    /// <summary>Copies the addressed portion (at most 8 bytes) into a zero-filled 8-byte buffer; false when empty.</summary>
    private static bool Read(List<byte> b, long start, long len, Span<byte> buffer)
    {
        buffer.Clear();
        if (b.Count == 0 || len <= 0)
        {
            return false;
        }

        var (s, l) = ArrayFunctions.CalcOffsetLen(b.Count, start, len);
        l = Math.Min(l, ValueBytes);
        for (var i = 0; i < l; i++)
        {
            buffer[i] = b[s + i];
        }

        return l > 0;
    }

    private static long ParseInt(List<byte> b, long start, long len, bool le)
    {
        Span<byte> buffer = stackalloc byte[ValueBytes];
        if (!Read(b, start, len, buffer))
        {
            return 0;
        }

        return le ? BinaryPrimitives.ReadInt64LittleEndian(buffer) : BinaryPrimitives.ReadInt64BigEndian(buffer);
    }

    private static double ParseFloat(List<byte> b, long start, long len, bool le)
    {
        Span<byte> buffer = stackalloc byte[ValueBytes];
        if (!Read(b, start, len, buffer))
        {
            return 0.0;
        }

        return le ? BinaryPrimitives.ReadDoubleLittleEndian(buffer) : BinaryPrimitives.ReadDoubleBigEndian(buffer);
    }

    /// <summary>Writes the first bytes of the value's 8-byte representation (FLOATs pass their IEEE bits).</summary>
    private static void WriteInt(List<byte> b, long start, long len, long value, bool le)
    {
        if (b.Count == 0 || len <= 0)
        {
            return;
        }

        var (s, l) = ArrayFunctions.CalcOffsetLen(b.Count, start, len);
        l = Math.Min(l, ValueBytes);
        Span<byte> buffer = stackalloc byte[ValueBytes];
        if (le)
        {
            BinaryPrimitives.WriteInt64LittleEndian(buffer, value);
        }
        else
        {
            BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        }

        for (var i = 0; i < l; i++)
        {
            b[s + i] = buffer[i];
        }
    }

    /// <summary>
    /// Writes the string's UTF-8 bytes, truncated to the portion (possibly mid-character, as Rhai does); the ASCII form
    /// skips non-ASCII characters but still limits the count by the UTF-8 length.
    /// </summary>
    private static void WriteString(List<byte> b, long start, long len, string s, bool asciiOnly)
    {
        if (len <= 0 || b.Count == 0 || s.Length == 0)
        {
            return;
        }

        var (offset, l) = ArrayFunctions.CalcOffsetLen(b.Count, start, len);
        var bytes = Encoding.UTF8.GetBytes(s);
        l = Math.Min(l, bytes.Length);
        if (asciiOnly)
        {
            var i = 0;
            foreach (var ch in s)
            {
                if (i >= l)
                {
                    break;
                }

                if (ch < 0x80)
                {
                    b[offset + i++] = (byte)ch;
                }
            }
        }
        else
        {
            for (var i = 0; i < l; i++)
            {
                b[offset + i] = bytes[i];
            }
        }
    }
}
