namespace RhaiSharp.Values;

/// <summary>
/// Rhai's <c>==</c>: values of different types are never equal (except INT/FLOAT mixes and char/string),
/// containers compare deeply.
/// </summary>
internal sealed class ValueEqualityComparer : IEqualityComparer<object?>
{
    public static readonly ValueEqualityComparer Instance = new();

    public new bool Equals(object? x, object? y) => AreEqual(x, y);

    public int GetHashCode(object? obj) => obj?.GetHashCode() ?? 0;

    public static bool AreEqual(object? x, object? y)
    {
        if (x is List<object?> or SortedDictionary<string, object?>)
        {
            DepthGuard.EnterValue();
        }

        switch (x)
        {
            case null:
                return y is null;
            case long a:
                return y switch { long yl => a == yl, double yd => a == yd, _ => false };
            case double a:
                return y switch { double yd => a == yd, long yl => a == yl, _ => false };
            case bool a:
                return y is bool yb && a == yb;
            case string a:
                return y switch { string ys => string.Equals(a, ys, StringComparison.Ordinal), char yc => a.Length == 1 && a[0] == yc, _ => false };
            case char a:
                return y switch { char yc => a == yc, string ys => ys.Length == 1 && ys[0] == a, _ => false };
            case List<object?> a:
                if (y is not List<object?> ya || ya.Count != a.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (!AreEqual(a[i], ya[i]))
                    {
                        return false;
                    }
                }

                return true;
            case SortedDictionary<string, object?> a:
                if (y is not SortedDictionary<string, object?> ym || ym.Count != a.Count)
                {
                    return false;
                }

                foreach (var (key, value) in a)
                {
                    if (!ym.TryGetValue(key, out var other) || !AreEqual(value, other))
                    {
                        return false;
                    }
                }

                return true;
            case List<byte> a:
                return y is List<byte> yblob && a.SequenceEqual(yblob);
            default:
                return x.Equals(y);
        }
    }
}
