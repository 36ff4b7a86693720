namespace RhaiSharp.Values;

/// <summary>
/// A variable captured by a closure: both the declaring code and every closure read and write the same cell
/// (Rhai's shared values). Only variables live in cells; values stored in arrays or maps never do.
/// </summary>
internal sealed class SharedCell(object? value)
{
    public object? Value = value;
}
