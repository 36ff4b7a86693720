namespace RulesEngine.Packages.Standard;

/// <summary>Ports Rhai's BitField package (bit_field.rs).</summary>
internal static class BitFieldFunctions
{
    public static void Register(ModuleBuilder builder)
    {
    }
}
