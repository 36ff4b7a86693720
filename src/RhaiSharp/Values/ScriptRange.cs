namespace RhaiSharp.Values;

/// <summary>An INT range value: <c>a..b</c> (exclusive) or <c>a..=b</c> (inclusive). Immutable.</summary>
internal sealed class ScriptRange(long start, long end, bool inclusive) : IEquatable<ScriptRange>
{
    public long Start { get; } = start;

    public long End { get; } = end;

    public bool Inclusive { get; } = inclusive;

    /// <summary>The exclusive upper bound as a wider type, so <c>..=i64::MAX</c> does not overflow.</summary>
    public Int128 ExclusiveEnd => Inclusive ? (Int128)End + 1 : End;

    public bool IsEmpty => ExclusiveEnd <= Start;

    public bool Contains(long value) => value >= Start && value < ExclusiveEnd;

    public bool Equals(ScriptRange? other) =>
        other is not null && Start == other.Start && End == other.End && Inclusive == other.Inclusive;

    public override bool Equals(object? obj) => Equals(obj as ScriptRange);

    public override int GetHashCode() => HashCode.Combine(Start, End, Inclusive);

    public override string ToString() => Inclusive ? $"{Start}..={End}" : $"{Start}..{End}";
}
