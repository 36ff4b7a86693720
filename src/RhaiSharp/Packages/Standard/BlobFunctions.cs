using System.Runtime.InteropServices;
using System.Text;
using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

/// <summary>Ports Rhai's BasicBlob package (blob_basic.rs).</summary>
/// <remarks>
/// A BLOB is a mutable <see cref="List{T}"/> of bytes. INT arguments that become bytes keep only their lowest 8 bits,
/// reads yield INT 0–255, and out-of-range reads yield 0 (not <c>()</c>). Index arithmetic is shared with arrays.
/// </remarks>
internal static partial class BlobFunctions
{
    public static void Register(ModuleBuilder builder)
    {
        RegisterBasics(builder);
        RegisterSlices(builder);
        RegisterParse(builder);
        RegisterWrite(builder);

        // Rhai: BasicBlobPackage's set_iterable::<Blob>(): a for loop yields each byte of a copy as an INT.
        builder.Iterator(typeof(List<byte>), value => ((List<byte>)value).ToArray().Select(b => Boxes.Int(b)));
    }

    private static byte ToByte(long value) => (byte)(value & 0xFF);

    // Rhai: blob_basic.rs blob, to_array, as_string, len, is_empty, contains, get, set, push, append, insert, pad,
    // pop, shift, remove, clear; the + / += / == / != operators (built-in operators in Rhai).
    private static void RegisterBasics(ModuleBuilder builder)
    {
        builder.Fn("blob", () => new List<byte>());
        builder.FnCtx("blob", (NativeCallContext c, long len) => Create(c, len, 0));
        builder.FnCtx("blob", (NativeCallContext c, long len, long value) => Create(c, len, value));

        builder.Fn("to_array", (List<byte> b) => b.Select(x => (object?)Boxes.Int(x)).ToList());
        builder.Fn("as_string", (List<byte> b) => Encoding.UTF8.GetString(CollectionsMarshal.AsSpan(b)));

        builder.Fn("len", (List<byte> b) => (long)b.Count);
        builder.Getter("len", (List<byte> b) => (long)b.Count);
        builder.Fn("is_empty", (List<byte> b) => b.Count == 0);
        builder.Getter("is_empty", (List<byte> b) => b.Count == 0);
        builder.Fn("contains", (List<byte> b, long value) => b.Contains(ToByte(value)));

        builder.Fn("get", (List<byte> b, long index) => Get(b, index));
        builder.Action("set", (List<byte> b, long index, long value) => Set(b, index, value));

        foreach (var name in (string[])["push", "append", "+="])
        {
            builder.ActionCtx(name, (NativeCallContext c, List<byte> b, long value) => AddBytes(c, b, [ToByte(value)]));
        }

        foreach (var name in (string[])["append", "+="])
        {
            builder.ActionCtx(name, (NativeCallContext c, List<byte> b, List<byte> other) => AddBytes(c, b, [.. other]));
            builder.ActionCtx(name, (NativeCallContext c, List<byte> b, string s) => AddBytes(c, b, Encoding.UTF8.GetBytes(s)));
            builder.ActionCtx(name, (NativeCallContext c, List<byte> b, char ch) => AddBytes(c, b, Encoding.UTF8.GetBytes([ch])));
        }

        builder.FnCtx("+", (NativeCallContext c, List<byte> a, List<byte> b) =>
        {
            c.CheckArraySize((long)a.Count + b.Count);
            var result = new List<byte>(a.Count + b.Count);
            result.AddRange(a);
            result.AddRange(b);
            return result;
        });

        builder.ActionCtx("insert", (NativeCallContext c, List<byte> b, long index, long value) =>
        {
            c.CheckArraySize(b.Count + 1L);
            ArrayFunctions.InsertAt(b, index, ToByte(value));
        });
        builder.ActionCtx("pad", (NativeCallContext c, List<byte> b, long len, long value) => Pad(c, b, len, value));

        builder.Fn("pop", (List<byte> b) => Pop(b), pure: false);
        builder.Fn("shift", (List<byte> b) => Shift(b), pure: false);
        builder.Fn("remove", (List<byte> b, long index) => Remove(b, index), pure: false);
        builder.Action("clear", (List<byte> b) => b.Clear());

        builder.Fn("==", (List<byte> a, List<byte> b) => a.SequenceEqual(b));
        builder.Fn("!=", (List<byte> a, List<byte> b) => !a.SequenceEqual(b));
    }

    // Rhai: blob_basic.rs truncate, chop, reverse, splice, extract, split, drain, retain
    private static void RegisterSlices(ModuleBuilder builder)
    {
        builder.Action("truncate", (List<byte> b, long len) => ArrayFunctions.Truncate(b, len));
        builder.Action("chop", (List<byte> b, long len) => ArrayFunctions.Chop(b, len));
        builder.Action("reverse", (List<byte> b) => b.Reverse());

        builder.ActionCtx("splice", (NativeCallContext c, List<byte> b, long start, long len, List<byte> replace) =>
            Splice(c, b, start, len, replace));
        builder.ActionCtx("splice", (NativeCallContext c, List<byte> b, ScriptRange range, List<byte> replace) =>
        {
            var (start, len) = ArrayFunctions.RangeToStartLen(range);
            Splice(c, b, start, len, replace);
        });

        builder.Fn("extract", (List<byte> b, long start, long len) => ArrayFunctions.Extract(b, start, len));
        builder.Fn("extract", (List<byte> b, long start) => ArrayFunctions.Extract(b, start, long.MaxValue));
        builder.Fn("extract", (List<byte> b, ScriptRange range) =>
        {
            var (start, len) = ArrayFunctions.RangeToStartLen(range);
            return ArrayFunctions.Extract(b, start, len);
        });

        builder.Fn("split", (List<byte> b, long index) => ArrayFunctions.SplitAt(b, index), pure: false);

        builder.Fn("drain", (List<byte> b, long start, long len) => ArrayFunctions.DrainRange(b, start, len), pure: false);
        builder.Fn("drain", (List<byte> b, ScriptRange range) =>
        {
            var (start, len) = ArrayFunctions.RangeToStartLen(range);
            return ArrayFunctions.DrainRange(b, start, len);
        }, pure: false);
        builder.Fn("retain", (List<byte> b, long start, long len) => Retain(b, start, len), pure: false);
        builder.Fn("retain", (List<byte> b, ScriptRange range) =>
        {
            var (start, len) = ArrayFunctions.RangeToStartLen(range);
            return Retain(b, start, len);
        }, pure: false);
    }

    /// <summary>
    /// Unlike the array version, Rhai's BLOB splice appends the replacement at the end whenever the addressed portion is
    /// empty (zero length or a start past the end).
    /// </summary>
    private static void Splice(NativeCallContext c, List<byte> b, long start, long len, List<byte> replace)
    {
        var (s, l) = b.Count == 0 ? (0, 0) : ArrayFunctions.CalcOffsetLen(b.Count, start, len);
        c.CheckArraySize((long)b.Count - l + replace.Count);
        var bytes = replace.ToArray();
        if (l == 0)
        {
            b.AddRange(bytes);
        }
        else
        {
            b.RemoveRange(s, l);
            b.InsertRange(s, bytes);
        }
    }

    /// <summary>
    /// Unlike the array version, Rhai's BLOB retain with a start past the end removes and returns every byte.
    /// </summary>
    private static List<byte> Retain(List<byte> b, long start, long len)
    {
        if (b.Count == 0 || len <= 0)
        {
            return [];
        }

        var (s, l) = ArrayFunctions.CalcOffsetLen(b.Count, start, len);
        if (l == 0)
        {
            var all = new List<byte>(b);
            b.Clear();
            return all;
        }

        return ArrayFunctions.RetainRange(b, start, len);
    }

    private static List<byte> Create(NativeCallContext c, long len, long value)
    {
        if (len <= 0)
        {
            return [];
        }

        c.CheckArraySize(len);
        if (len > System.Array.MaxLength)
        {
            throw new RuntimeException(RuntimeErrorKind.DataTooLarge, "Size of BLOB too large", Position.None);
        }

        var bytes = new byte[len];
        if (value != 0)
        {
            bytes.AsSpan().Fill(ToByte(value));
        }

        return [.. bytes];
    }

    private static void AddBytes(NativeCallContext c, List<byte> b, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        c.CheckArraySize((long)b.Count + bytes.Length);
        b.AddRange(bytes);
    }

    private static long Get(List<byte> b, long index)
    {
        if (b.Count == 0)
        {
            return 0;
        }

        var (i, _) = ArrayFunctions.CalcOffsetLen(b.Count, index, 0);
        return i >= b.Count ? 0 : b[i];
    }

    private static void Set(List<byte> b, long index, long value)
    {
        if (b.Count == 0)
        {
            return;
        }

        var (i, _) = ArrayFunctions.CalcOffsetLen(b.Count, index, 0);
        if (i < b.Count)
        {
            b[i] = ToByte(value);
        }
    }

    private static void Pad(NativeCallContext c, List<byte> b, long len, long value)
    {
        if (len <= 0 || len <= b.Count)
        {
            return;
        }

        c.CheckArraySize(len);
        if (len > System.Array.MaxLength)
        {
            throw new RuntimeException(RuntimeErrorKind.DataTooLarge, "Size of BLOB too large", Position.None);
        }

        var fill = new byte[(int)len - b.Count];
        fill.AsSpan().Fill(ToByte(value));
        b.AddRange(fill);
    }

    private static long Pop(List<byte> b)
    {
        if (b.Count == 0)
        {
            return 0;
        }

        var last = b[^1];
        b.RemoveAt(b.Count - 1);
        return last;
    }

    private static long Shift(List<byte> b)
    {
        if (b.Count == 0)
        {
            return 0;
        }

        var first = b[0];
        b.RemoveAt(0);
        return first;
    }

    private static long Remove(List<byte> b, long index)
    {
        var i = ArrayFunctions.CalcIndex(b.Count, index);
        if (i < 0)
        {
            return 0;
        }

        var value = b[i];
        b.RemoveAt(i);
        return value;
    }
}
