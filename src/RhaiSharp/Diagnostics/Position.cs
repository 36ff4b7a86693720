namespace RhaiSharp;

/// <summary>
/// A place in a script: 1-based line and 1-based column. <see cref="None"/> (line 0) marks "no position".
/// </summary>
/// <remarks>Ports Rhai's <c>types/position.rs</c>; packs into a <see cref="long"/> so compiled code can carry it as a constant.</remarks>
public readonly struct Position : IEquatable<Position>, IComparable<Position>
{
    /// <summary>Creates a position.</summary>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    public Position(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>No position.</summary>
    public static Position None => default;

    /// <summary>1-based line number; 0 when there is no position.</summary>
    public int Line { get; }

    /// <summary>1-based column number; 0 when there is no position.</summary>
    public int Column { get; }

    /// <summary>True when this is <see cref="None"/>.</summary>
    public bool IsNone => Line == 0;

    internal long Pack() => ((long)Line << 32) | (uint)Column;

    internal static Position Unpack(long packed) => new((int)(packed >> 32), (int)(packed & 0xFFFF_FFFF));

    /// <inheritdoc />
    public bool Equals(Position other) => Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Position p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Column);

    /// <inheritdoc />
    public int CompareTo(Position other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    /// <summary>Equality.</summary>
    public static bool operator ==(Position left, Position right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Position left, Position right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => IsNone ? "none" : $"line {Line}, position {Column}";
}
