namespace RhaiSharp.Values;

/// <summary>
/// Host enum values in scripts: they stay values of their .NET type (so they go back to the host as they came), compare
/// equal to their name (<c>order.tier == "Gold"</c>, in <c>switch</c> too) and print as it — the name is the value,
/// not a detail of the object, so unlike other host objects it is shown. A <c>[Flags]</c> combination prints and
/// compares as .NET names it (<c>"Read, Write"</c>).
/// </summary>
internal static class HostEnums
{
    public static bool IsNamed(Enum value, string name) => string.Equals(value.ToString(), name, StringComparison.Ordinal);

    /// <summary>
    /// The value of <paramref name="type"/> that <paramref name="name"/> names (a flags combination as .NET writes it,
    /// <c>"Read, Write"</c>); by name only: a number in a string (<c>"3"</c>) is not a name, even where .NET would accept it.
    /// </summary>
    public static bool TryParseName(Type type, string name, out Enum value)
    {
        if (name.Length > 0 && !char.IsDigit(name[0]) && name[0] is not ('-' or '+')
            && Enum.TryParse(type, name, ignoreCase: false, out var parsed))
        {
            value = (Enum)parsed;
            return true;
        }

        value = null!;
        return false;
    }
}
