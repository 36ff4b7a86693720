using System.Diagnostics;

namespace RhaiSharp.Values;

/// <summary>A point in monotonic time (Rhai's <c>timestamp()</c>, an <c>Instant</c>). Immutable.</summary>
internal sealed class Timestamp(long ticks) : IEquatable<Timestamp>, IComparable<Timestamp>
{
    /// <summary><see cref="Stopwatch"/> ticks.</summary>
    public long Ticks { get; } = ticks;

    public static Timestamp Now() => new(Stopwatch.GetTimestamp());

    public double ElapsedSeconds => (Stopwatch.GetTimestamp() - Ticks) / (double)Stopwatch.Frequency;

    public double SecondsSince(Timestamp other) => (Ticks - other.Ticks) / (double)Stopwatch.Frequency;

    public Timestamp AddSeconds(double seconds) => new(Ticks + (long)(seconds * Stopwatch.Frequency));

    public bool Equals(Timestamp? other) => other is not null && Ticks == other.Ticks;

    public override bool Equals(object? obj) => Equals(obj as Timestamp);

    public override int GetHashCode() => Ticks.GetHashCode();

    public int CompareTo(Timestamp? other) => other is null ? 1 : Ticks.CompareTo(other.Ticks);
}
