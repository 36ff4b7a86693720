namespace RulesEngine.Packages.Standard;

/// <summary>Ports Rhai's BasicString and MoreString packages (string_basic.rs, string_more.rs) plus char functions.</summary>
internal static class StringFunctions
{
    public static void Register(ModuleBuilder builder)
    {
    }
}
