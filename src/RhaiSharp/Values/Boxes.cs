namespace RhaiSharp.Values;

/// <summary>
/// Pre-boxed common values. Compiled code works on <see cref="object"/>; reusing boxes for small integers and
/// booleans removes most allocations of counters and flags.
/// </summary>
internal static class Boxes
{
    private const long CacheMin = -128;
    private const long CacheMax = 1023;
    private static readonly object[] Ints = CreateInts();

    public static readonly object True = true;
    public static readonly object False = false;
    public static readonly object ZeroFloat = 0.0;

    public static object Int(long value) =>
        value >= CacheMin && value <= CacheMax ? Ints[value - CacheMin] : value;

    public static object Bool(bool value) => value ? True : False;

    private static object[] CreateInts()
    {
        var result = new object[CacheMax - CacheMin + 1];
        for (long i = CacheMin; i <= CacheMax; i++)
        {
            result[i - CacheMin] = i;
        }

        return result;
    }
}
