namespace RulesEngine.Packages.Standard;

/// <summary>The list of standard function groups, one per Rhai package file (Rhai: <c>packages/pkg_std.rs</c>).</summary>
internal static class StandardLibrary
{
    public static void RegisterAll(ModuleBuilder builder)
    {
        // Each group lives in its own file; see the Register methods for what each ports from Rhai.
    }
}
