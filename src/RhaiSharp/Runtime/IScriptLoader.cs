using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;

namespace RhaiSharp.Runtime;

/// <summary>
/// Turns code into running code for a run, which the runtime cannot do itself (it does not compile): <c>eval</c>, and
/// module scripts an <c>import</c> resolves to. Declared here, implemented by the compiler, given to the runtime by the
/// engine through <see cref="RuntimeEnvironment.Loader"/>.
/// </summary>
internal interface IScriptLoader
{
    /// <summary><c>eval(code)</c>: parses and runs <paramref name="code"/> in the caller's run and scope.</summary>
    object? Eval(RunContext ctx, string code, long position);

    /// <summary>Runs a module script for an import being resolved, within the importing run, and builds its module.</summary>
    Module EvalAstAsModule(ModuleResolutionContext import, Ast ast, string? name);
}
