namespace RulesEngine.Packages.Standard;

/// <summary>Ports Rhai's BasicTime package (time_basic.rs).</summary>
internal static class TimeFunctions
{
    public static void Register(ModuleBuilder builder)
    {
    }
}
