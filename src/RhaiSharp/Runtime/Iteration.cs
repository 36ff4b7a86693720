using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>What a <c>for</c> loop iterates (Rhai: <c>eval/stmt.rs</c> For, <c>packages/iter_basic.rs</c>).</summary>
internal static class Iteration
{
    public static IEnumerator<object?> GetEnumerator(RunContext ctx, object? value, long pos)
    {
        switch (value)
        {
            case ScriptRange r:
                return RangeItems(r.Start, r.ExclusiveEnd);
            case List<object?> list:
                return ArrayItems(list);
            case string s:
                return StringItems(s);
            case List<byte> blob:
                return BlobItems(blob);
        }

        if (value is not null && ctx.Environment.ResolveIterator(value.GetType()) is { } iterate)
        {
            return iterate(value).GetEnumerator();
        }

        throw Errors.Runtime(RuntimeErrorKind.For, $"For loop expects an iterable value, not {ctx.TypeName(value)}", pos);
    }

    private static IEnumerator<object?> RangeItems(long start, Int128 end)
    {
        for (Int128 i = start; i < end; i++)
        {
            yield return Boxes.Int((long)i);
        }
    }

    private static IEnumerator<object?> ArrayItems(List<object?> list)
    {
        // The loop variable is a copy; growth of the array during the loop is not seen past its original length.
        var count = list.Count;
        for (var i = 0; i < count && i < list.Count; i++)
        {
            yield return ValueCopy.Clone(list[i]);
        }
    }

    private static IEnumerator<object?> StringItems(string s)
    {
        foreach (var c in s)
        {
            yield return c;
        }
    }

    private static IEnumerator<object?> BlobItems(List<byte> blob)
    {
        var copy = blob.ToArray();
        foreach (var b in copy)
        {
            yield return Boxes.Int(b);
        }
    }
}
