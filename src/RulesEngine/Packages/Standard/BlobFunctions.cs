namespace RulesEngine.Packages.Standard;

/// <summary>Ports Rhai's BasicBlob package (blob_basic.rs).</summary>
internal static class BlobFunctions
{
    public static void Register(ModuleBuilder builder)
    {
    }
}
