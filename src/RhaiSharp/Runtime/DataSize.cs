using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>
/// Rhai's data-size check (<c>eval/data_check.rs</c>): arrays, maps and strings are measured recursively — the
/// elements of nested arrays count towards <c>MaxArraySize</c>, and so on — whenever a value is stored.
/// </summary>
internal static class DataSize
{
    public static object? Check(RunContext ctx, object? value, long pos)
    {
        var options = ctx.Environment.Options;
        if ((options.MaxArraySize | options.MaxMapSize | options.MaxStringSize) == 0
            || value is not (List<object?> or SortedDictionary<string, object?> or string or List<byte>))
        {
            return value;
        }

        long arrays = 0, maps = 0, strings = 0;
        Measure(value, ref arrays, ref maps, ref strings, options);
        if (options.MaxArraySize > 0 && arrays > options.MaxArraySize)
        {
            throw Errors.Runtime(RuntimeErrorKind.DataTooLarge, $"Size of array too large (limit {options.MaxArraySize})", pos);
        }

        if (options.MaxMapSize > 0 && maps > options.MaxMapSize)
        {
            throw Errors.Runtime(RuntimeErrorKind.DataTooLarge, $"Size of object map too large (limit {options.MaxMapSize})", pos);
        }

        if (options.MaxStringSize > 0 && strings > options.MaxStringSize)
        {
            throw Errors.Runtime(RuntimeErrorKind.DataTooLarge, $"Length of string too large (limit {options.MaxStringSize})", pos);
        }

        return value;
    }

    private static void Measure(object? value, ref long arrays, ref long maps, ref long strings, EngineOptions options)
    {
        switch (value)
        {
            case string s:
                strings += s.Length;
                break;
            case List<byte> blob:
                arrays += blob.Count;
                break;
            case List<object?> list:
                DepthGuard.EnterValue();
                WorkClock.Add(list.Count);
                arrays += list.Count;
                foreach (var item in list)
                {
                    Measure(item, ref arrays, ref maps, ref strings, options);
                    if (options.MaxArraySize > 0 && arrays > options.MaxArraySize)
                    {
                        return;
                    }
                }

                break;
            case SortedDictionary<string, object?> map:
                DepthGuard.EnterValue();
                WorkClock.Add(map.Count);
                maps += map.Count;
                foreach (var item in map.Values)
                {
                    Measure(item, ref arrays, ref maps, ref strings, options);
                    if (options.MaxMapSize > 0 && maps > options.MaxMapSize)
                    {
                        return;
                    }
                }

                break;
        }
    }
}
