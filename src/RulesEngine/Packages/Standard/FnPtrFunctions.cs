namespace RulesEngine.Packages.Standard;

/// <summary>Ports Rhai's BasicFn package (fn_basic.rs).</summary>
internal static class FnPtrFunctions
{
    public static void Register(ModuleBuilder builder)
    {
    }
}
