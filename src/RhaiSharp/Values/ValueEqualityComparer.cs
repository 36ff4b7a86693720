using System.Runtime.CompilerServices;

namespace RhaiSharp.Values;

/// <summary>
/// Rhai's <c>==</c>: values of different types are never equal (except INT/FLOAT mixes and char/string),
/// containers and function pointers (with their curried arguments) compare deeply.
/// </summary>
/// <remarks>
/// Values can share parts (an array pushed twice, a pointer curried with itself), so a deep comparison remembers the
/// container pairs it has already compared: a graph with shared parts costs its distinct pairs, not its paths (a
/// pointer curried with itself 60 times is 60 comparisons, not 2^60). Depth is bounded by <see cref="DepthGuard"/>.
/// </remarks>
internal sealed class ValueEqualityComparer : IEqualityComparer<object?>
{
    public static readonly ValueEqualityComparer Instance = new();

    public new bool Equals(object? x, object? y) => AreEqual(x, y);

    public int GetHashCode(object? obj) => obj?.GetHashCode() ?? 0;

    public static bool AreEqual(object? x, object? y)
    {
        if (!IsContainer(x))
        {
            return ScalarEqual(x, y);
        }

        var comparison = default(DeepComparison);
        return comparison.Equal(x, y);
    }

    private static bool IsContainer(object? x) => x is List<object?> or SortedDictionary<string, object?> or FnPtr;

    private static bool ScalarEqual(object? x, object? y) => x switch
    {
        null => y is null,
        long a => y switch { long yl => a == yl, double yd => a == yd, _ => false },
        double a => y switch { double yd => a == yd, long yl => a == yl, _ => false },
        bool a => y is bool yb && a == yb,
        string a => y switch
        {
            string ys => string.Equals(a, ys, StringComparison.Ordinal),
            char yc => a.Length == 1 && a[0] == yc,
            Enum ye => HostEnums.IsNamed(ye, a),
            _ => false,
        },
        char a => y switch { char yc => a == yc, string ys => ys.Length == 1 && ys[0] == a, _ => false },
        List<byte> a => y is List<byte> yblob && a.SequenceEqual(yblob),
        // A host enum equals another value of its type, and its name (Tier.Gold == "Gold").
        Enum a => y is string ys ? HostEnums.IsNamed(a, ys) : a.Equals(y),
        _ => x.Equals(y),
    };

    /// <summary>
    /// One deep comparison, with the container pairs it has finished comparing (created on first need). A struct on the
    /// caller's stack: comparing two arrays allocates nothing unless the memo is needed.
    /// </summary>
    private struct DeepComparison
    {
        // Containers compared before the memo is worth its allocation: flat and shallow values never build it.
        private const int MemoAfter = 64;

        private Dictionary<(object, object), bool>? _done;
        private int _compared;

        public bool Equal(object? x, object? y)
        {
            if (!IsContainer(x))
            {
                return ScalarEqual(x, y);
            }

            if (y is null || x!.GetType() != y.GetType())
            {
                return false;
            }

            DepthGuard.EnterValue();
            if (++_compared > MemoAfter)
            {
                _done ??= new Dictionary<(object, object), bool>(PairComparer.Instance);
                if (_done.TryGetValue((x, y), out var known))
                {
                    return known;
                }
            }

            var result = x switch
            {
                List<object?> a => ListEqual(a, (List<object?>)y),
                SortedDictionary<string, object?> a => MapEqual(a, (SortedDictionary<string, object?>)y),
                _ => FnPtrEqual((FnPtr)x, (FnPtr)y),
            };
            if (_done is not null)
            {
                _done[(x, y)] = result;
            }

            return result;
        }

        private bool ListEqual(List<object?> a, List<object?> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            WorkClock.Add(a.Count);
            for (var i = 0; i < a.Count; i++)
            {
                if (!Equal(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool MapEqual(SortedDictionary<string, object?> a, SortedDictionary<string, object?> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            WorkClock.Add(a.Count);
            foreach (var (key, value) in a)
            {
                if (!b.TryGetValue(key, out var other) || !Equal(value, other))
                {
                    return false;
                }
            }

            return true;
        }

        private bool FnPtrEqual(FnPtr a, FnPtr b)
        {
            if (!a.SameFunction(b))
            {
                return false;
            }

            WorkClock.Add(a.Curried.Length);
            for (var i = 0; i < a.Curried.Length; i++)
            {
                if (!Equal(a.Curried[i], b.Curried[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Pairs of containers by reference.</summary>
    private sealed class PairComparer : IEqualityComparer<(object, object)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((object, object) x, (object, object) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((object, object) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
