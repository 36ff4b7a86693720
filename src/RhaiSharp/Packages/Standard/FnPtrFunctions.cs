using RhaiSharp.Values;

namespace RhaiSharp.Packages.Standard;

/// <summary>Ports Rhai's BasicFn package (fn_basic.rs).</summary>
internal static class FnPtrFunctions
{
    public static void Register(ModuleBuilder builder)
    {
        builder.Fn<FnPtr, string>("name", f => f.Name);
        builder.Getter<FnPtr, string>("name", f => f.Name);
        builder.Fn<FnPtr, bool>("is_anonymous", f => f.IsAnonymous);
        builder.Getter<FnPtr, bool>("is_anonymous", f => f.IsAnonymous);
    }
}
