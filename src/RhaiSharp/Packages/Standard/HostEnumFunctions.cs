using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

/// <summary>
/// <c>contains</c> (and so <c>in</c>) on a host <c>[Flags]</c> enum value: <c>access.contains("Read")</c>,
/// <c>"Write" in access</c>, or with another value of the enum. Not in Rhai, which has no host enums; names that are not
/// the enum's are simply not contained.
/// </summary>
internal static class HostEnumFunctions
{
    public static void Register(ModuleBuilder builder)
    {
        builder.Fn<Enum, string, bool>("contains", (value, name) =>
            HostEnums.TryParseName(value.GetType(), name, out var flag) && Has(value, flag));
        builder.Fn<Enum, Enum, bool>("contains", (value, flag) => value.GetType() == flag.GetType() && Has(value, flag));
    }

    // HasFlag of an empty flag is always true: an empty flag is contained only in an empty value.
    private static bool Has(Enum value, Enum flag) =>
        Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture) == 0
            ? Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture) == 0
            : value.HasFlag(flag);
}
