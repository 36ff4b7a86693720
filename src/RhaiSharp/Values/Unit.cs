namespace RhaiSharp.Values;

/// <summary>
/// Marker type for Rhai's unit value <c>()</c> in function signatures. At run time unit is represented by <see langword="null"/>.
/// </summary>
internal sealed class Unit
{
    private Unit()
    {
    }
}
