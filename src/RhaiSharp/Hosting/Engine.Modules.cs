using RhaiSharp.Compilation;
using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;
using RhaiSharp.Values;

namespace RhaiSharp;

// Modules from scripts and the import statement (Rhai: api/files.rs, module/mod.rs eval_ast_as_new, eval/stmt.rs Stmt::Import).
public sealed partial class Engine
{
    /// <summary>
    /// The resolver that <c>import</c> statements use, or null (the default) when scripts cannot import anything.
    /// Unlike Rhai, whose default is a file resolver rooted at the current directory, a new engine has no resolver:
    /// scripts are sandboxed unless the host opts in with <see cref="SetModuleResolver"/>.
    /// </summary>
    public IModuleResolver? ModuleResolver => (_state as Configuration)?.ModuleResolver;

    /// <summary>Sets the resolver for <c>import</c> statements (null: imports fail with <see cref="RuntimeErrorKind.ModuleNotFound"/>).</summary>
    public Engine SetModuleResolver(IModuleResolver? resolver)
    {
        Reconfigure().ModuleResolver = resolver;
        return this;
    }

    /// <summary>Compiles a script and turns it into a module; see <see cref="EvalAstAsModule"/>.</summary>
    /// <exception cref="ParseException">The script is not valid Rhai.</exception>
    /// <exception cref="RuntimeException">The script failed while running.</exception>
    public Module CompileModule(string script, string? name = null) => EvalAstAsModule(Compile(script), name);

    /// <summary>
    /// Runs a script's top-level statements once and turns what they define into a module (Rhai's
    /// <c>Module::eval_ast_as_new</c>): exported variables (<c>export let</c>, <c>export const</c>, <c>export x as y</c>)
    /// become read-only module variables, non-private script functions become module functions, and modules imported at
    /// the script's top level become sub-modules. Module functions run in the module's own environment: they can call
    /// the script's other functions (private ones too), its imported modules, and read its constants as <c>global::NAME</c>.
    /// </summary>
    /// <exception cref="RuntimeException">The script failed while running.</exception>
    public Module EvalAstAsModule(Ast ast, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(ast);
        var compiled = CompiledScript.For(ast, Compiler);
        var scope = new Scope();
        var ctx = new RunContext(Environment, compiled, scope, CancellationToken.None);
        Guard(ctx, (compiled, ctx), static s => s.compiled.Main(s.ctx, [], null, null));
        return ScriptModules.Build(name, ast, compiled, ctx, scope);
    }
}
