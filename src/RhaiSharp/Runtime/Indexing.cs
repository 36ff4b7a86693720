using RhaiSharp.Packages;
using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>
/// <c>x[i]</c> and <c>x.p</c>, reading and writing (Rhai: <c>eval/chaining.rs</c>). Setters return the container's
/// new value, so compiled code can write it back along a chain like <c>a[0].b[1] = v</c> (strings and INT bit fields
/// are values, not references).
/// </summary>
internal static class Indexing
{
    /// <summary><c>x[i]</c> with an index the compiler proved to be an INT: no boxing of the index.</summary>
    public static object? GetIndexInt(RunContext ctx, object? target, long index, long pos) => target switch
    {
        List<object?> list => list[ArrayOffset(list.Count, index, pos)],
        string s => s[StringOffset(s.Length, index, pos)],
        List<byte> blob => Boxes.Int(blob[ArrayOffset(blob.Count, index, pos)]),
        _ => GetIndex(ctx, target, Boxes.Int(index), pos),
    };

    /// <summary><c>x[i] = v</c> with an INT index; returns the target's new value.</summary>
    public static object? SetIndexInt(RunContext ctx, object? target, long index, object? value, long pos)
    {
        if (target is List<object?> list)
        {
            list[ArrayOffset(list.Count, index, pos)] = value;
            return list;
        }

        return SetIndex(ctx, target, Boxes.Int(index), value, pos);
    }

    public static object? GetIndex(RunContext ctx, object? target, object? index, long pos)
    {
        switch (target)
        {
            case List<object?> list when index is long i:
                return list[ArrayOffset(list.Count, i, pos)];
            case List<object?> list when index is ScriptRange r:
                {
                    var (start, count) = Slice(list.Count, r);
                    return list.GetRange(start, count).ConvertAll(ValueCopy.Clone);
                }

            case SortedDictionary<string, object?> map when index is string key:
                return MapGet(ctx, map, key, pos);
            case SortedDictionary<string, object?> map when index is char key:
                return MapGet(ctx, map, key.ToString(), pos);
            case string s when index is long i:
                return s[StringOffset(s.Length, i, pos)];
            case string s when index is ScriptRange r:
                {
                    var (start, count) = Slice(s.Length, r);
                    return s.Substring(start, count);
                }

            case List<byte> blob when index is long i:
                return Boxes.Int(blob[ArrayOffset(blob.Count, i, pos)]);
            case long bits when index is long i:
                return Boxes.Bool(((bits >> BitOffset(i, pos)) & 1) == 1);
            case long bits when index is ScriptRange r:
                {
                    var (start, len) = BitRange(r, pos);
                    var mask = len >= 64 ? -1L : (1L << len) - 1;
                    return Boxes.Int((long)((ulong)bits >> start) & mask);
                }
        }

        object?[] args = [target, index];
        var fn = ctx.Environment.ResolveFunction(PropertyNames.IndexGetter, args);
        if (fn is not null)
        {
            return Calls.InvokeNative(ctx, fn, args, pos);
        }

        throw IndexError(ctx, target, index, pos);
    }

    /// <summary>Sets <c>target[index] = value</c> and returns the target's new value.</summary>
    public static object? SetIndex(RunContext ctx, object? target, object? index, object? value, long pos)
    {
        switch (target)
        {
            case List<object?> list when index is long i:
                list[ArrayOffset(list.Count, i, pos)] = value;
                return list;
            case SortedDictionary<string, object?> map when index is string key:
                MapSet(ctx, map, key, value, pos);
                return map;
            case SortedDictionary<string, object?> map when index is char key:
                MapSet(ctx, map, key.ToString(), value, pos);
                return map;
            case string s when index is ScriptRange r:
                {
                    var (start, count) = Slice(s.Length, r);
                    var replacement = value switch
                    {
                        string text => text,
                        char c => c.ToString(),
                        _ => throw Errors.MismatchType("string", ctx.TypeName(value), pos),
                    };
                    ctx.CheckStringSize((long)s.Length - count + replacement.Length, pos);
                    return string.Concat(s.AsSpan(0, start), replacement, s.AsSpan(start + count));
                }

            case string s when index is long i:
                {
                    var offset = StringOffset(s.Length, i, pos);
                    var c = value as char? ?? throw Errors.MismatchType("char", ctx.TypeName(value), pos);
                    return string.Create(s.Length, (s, offset, c), static (span, st) =>
                    {
                        st.s.AsSpan().CopyTo(span);
                        span[st.offset] = st.c;
                    });
                }

            case List<byte> blob when index is long i:
                {
                    var b = value as long? ?? throw Errors.MismatchType("i64", ctx.TypeName(value), pos);
                    blob[ArrayOffset(blob.Count, i, pos)] = (byte)b;
                    return blob;
                }

            case long bits when index is long i:
                {
                    var bit = value as bool? ?? throw Errors.MismatchType("bool", ctx.TypeName(value), pos);
                    var offset = BitOffset(i, pos);
                    return Boxes.Int(bit ? bits | (1L << offset) : bits & ~(1L << offset));
                }

            case long bits when index is ScriptRange r:
                {
                    var newBits = value as long? ?? throw Errors.MismatchType("i64", ctx.TypeName(value), pos);
                    var (start, len) = BitRange(r, pos);
                    var mask = (len >= 64 ? -1L : (1L << len) - 1) << start;
                    return Boxes.Int((bits & ~mask) | ((newBits << start) & mask));
                }
        }

        object?[] args = [target, index, value];
        var fn = ctx.Environment.ResolveFunction(PropertyNames.IndexSetter, args);
        if (fn is not null)
        {
            Calls.InvokeNative(ctx, fn, args, pos);
            return args[0];
        }

        throw IndexError(ctx, target, index, pos);
    }

    public static object? GetProperty(RunContext ctx, object? target, string name, long pos)
    {
        if (target is SortedDictionary<string, object?> map)
        {
            return MapGet(ctx, map, name, pos);
        }

        var fn = target is null ? ctx.Environment.ResolveFunction(PropertyNames.Getter(name), [target]) : ctx.Environment.ResolveGetter(target, name);
        if (fn is not null)
        {
            return Calls.InvokeNative(ctx, fn, [target], pos);
        }

        object?[] indexArgs = [target, name];
        var indexer = ctx.Environment.ResolveFunction(PropertyNames.IndexGetter, indexArgs);
        if (indexer is not null)
        {
            return Calls.InvokeNative(ctx, indexer, indexArgs, pos);
        }

        // A host object of a type nobody registered: say which .NET type it is and how to expose it.
        if (target is not null && TypeNames.OfBuiltIn(target) is null && ctx.Environment.CustomTypeName(target.GetType()) is null)
        {
            var type = target.GetType().Name;
            throw Errors.Runtime(RuntimeErrorKind.PropertyNotFound,
                $"Unknown property '{name}': .NET type '{type}' is not registered (register it with RegisterType<{type}>() to expose its public members)", pos);
        }

        throw Errors.Runtime(RuntimeErrorKind.PropertyNotFound,
            $"Unknown property '{name}' for type '{ctx.TypeName(target)}'", pos);
    }

    /// <summary>Sets <c>target.name = value</c> and returns the target's new value.</summary>
    public static object? SetProperty(RunContext ctx, object? target, string name, object? value, long pos)
    {
        if (target is SortedDictionary<string, object?> map)
        {
            MapSet(ctx, map, name, value, pos);
            return map;
        }

        object?[] args = [target, value];
        var fn = ctx.Environment.ResolveFunction(PropertyNames.Setter(name), args);
        if (fn is not null)
        {
            Calls.InvokeNative(ctx, fn, args, pos);
            return args[0];
        }

        object?[] indexArgs = [target, name, value];
        var indexer = ctx.Environment.ResolveFunction(PropertyNames.IndexSetter, indexArgs);
        if (indexer is not null)
        {
            Calls.InvokeNative(ctx, indexer, indexArgs, pos);
            return indexArgs[0];
        }

        throw Errors.Runtime(RuntimeErrorKind.PropertyNotFound,
            $"Cannot set property '{name}' of type '{ctx.TypeName(target)}'", pos);
    }

    private static object? MapGet(RunContext ctx, SortedDictionary<string, object?> map, string key, long pos)
    {
        if (map.TryGetValue(key, out var value))
        {
            return value;
        }

        if (ctx.Environment.Language.FailOnInvalidMapProperty)
        {
            throw Errors.Runtime(RuntimeErrorKind.PropertyNotFound, $"Property '{key}' not found in object map", pos);
        }

        return null;
    }

    private static void MapSet(RunContext ctx, SortedDictionary<string, object?> map, string key, object? value, long pos)
    {
        if (!map.ContainsKey(key))
        {
            ctx.CheckMapSize(map.Count + 1L, pos);
        }

        map[key] = value;
    }

    private static int ArrayOffset(int count, long index, long pos)
    {
        var i = index < 0 ? count + index : index;
        if (i < 0 || i >= count)
        {
            throw Errors.Runtime(RuntimeErrorKind.ArrayBounds,
                $"Array index {index} out of bounds: only {count} element(s)", pos);
        }

        return (int)i;
    }

    private static int StringOffset(int length, long index, long pos)
    {
        var i = index < 0 ? length + index : index;
        if (i < 0 || i >= length)
        {
            throw Errors.Runtime(RuntimeErrorKind.StringBounds,
                $"String index {index} out of bounds: only {length} character(s)", pos);
        }

        return (int)i;
    }

    private static int BitOffset(long index, long pos)
    {
        var i = index < 0 ? 64 + index : index;
        if (i < 0 || i >= 64)
        {
            throw Errors.Runtime(RuntimeErrorKind.BitFieldBounds, $"Bit-field index {index} out of bounds: only 64 bits", pos);
        }

        return (int)i;
    }

    private static (int Start, int Length) BitRange(ScriptRange r, long pos)
    {
        if (r.Start < 0 || r.Start >= 64 || r.ExclusiveEnd > 64)
        {
            throw Errors.Runtime(RuntimeErrorKind.BitFieldBounds, $"Bit-field range {r} out of bounds", pos);
        }

        var len = (int)Math.Max(0, (long)(r.ExclusiveEnd - r.Start));
        return ((int)r.Start, len);
    }

    /// <summary>Rhai clamps slice ranges to the container; negative bounds count from the end.</summary>
    internal static (int Start, int Count) Slice(int length, ScriptRange r)
    {
        var start = r.Start < 0 ? Math.Max(0, length + r.Start) : Math.Min(r.Start, length);
        Int128 end = r.End < 0 ? length + r.End : r.End;
        if (r.Inclusive)
        {
            end++;
        }

        var exclusive = (long)Int128.Clamp(end, start, length);
        return ((int)start, (int)(exclusive - start));
    }

    private static RuntimeException IndexError(RunContext ctx, object? target, object? index, long pos)
    {
        if (target is List<object?> or string or List<byte> || (target is long && index is not long))
        {
            return Errors.Runtime(RuntimeErrorKind.MismatchDataType,
                $"{ctx.TypeName(target)} cannot be indexed by {ctx.TypeName(index)}", pos);
        }

        return Errors.Runtime(RuntimeErrorKind.IndexingType,
            $"Indexer not registered for {ctx.TypeName(target)} [{ctx.TypeName(index)}]", pos);
    }
}
