namespace RhaiSharp.Packages.Standard;

/// <summary>The list of standard function groups, one per Rhai package file (Rhai: <c>packages/pkg_std.rs</c>).</summary>
internal static class StandardLibrary
{
    public static void RegisterAll(ModuleBuilder builder)
    {
        MathFunctions.Register(builder);
        BitFieldFunctions.Register(builder);
        StringFunctions.Register(builder);
        ArrayFunctions.Register(builder);
        BlobFunctions.Register(builder);
        MapFunctions.Register(builder);
        TimeFunctions.Register(builder);
        IteratorFunctions.Register(builder);
        FnPtrFunctions.Register(builder);
        HostEnumFunctions.Register(builder);
        DateFunctions.Register(builder);
    }
}
