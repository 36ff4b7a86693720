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
}
