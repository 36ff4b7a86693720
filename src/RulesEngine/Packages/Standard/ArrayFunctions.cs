namespace RulesEngine.Packages.Standard;

/// <summary>Ports Rhai's BasicArray package (array_basic.rs).</summary>
internal static class ArrayFunctions
{
    public static void Register(ModuleBuilder builder)
    {
    }
}
