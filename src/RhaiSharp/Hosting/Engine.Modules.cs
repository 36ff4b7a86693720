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
    // The import being resolved on this thread: a module script run by the resolver inherits its limits and counters.
    [ThreadStatic]
    private static ImportSite? t_importSite;

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
        var site = t_importSite;
        var ctx = site is null
            ? new RunContext(Environment, compiled, scope, CancellationToken.None)
            : site.Context.ForModule(compiled, scope, site.Position);
        try
        {
            Guard(ctx, (compiled, ctx), static s => s.compiled.Main(s.ctx, [], null, null));
        }
        catch (RuntimeException e) when (site is not null && e.IsCatchable)
        {
            throw new RuntimeException(RuntimeErrorKind.InModule, $"Error in module '{site.Path}': {e.Message}", site.Position, e);
        }
        finally
        {
            site?.Context.AbsorbModuleRun(ctx);
        }

        return BuildModule(name, ast, compiled, ctx, scope);
    }

    private static Module BuildModule(string? name, Ast ast, CompiledScript compiled, RunContext ctx, Scope scope)
    {
        var builder = new ModuleBuilder(name);
        foreach (var stmt in ast.Statements)
        {
            switch (stmt)
            {
                case LetStmt { IsExported: true } let:
                    builder.SetVariable(let.Name, ExportedValue(scope, let.Name, let.Position));
                    break;
                case ExportStmt export:
                    foreach (var item in export.Items)
                    {
                        builder.SetVariable(item.Alias, ExportedValue(scope, item.Name, item.Position));
                    }

                    break;
            }
        }

        var environment = new ModuleEnvironment(compiled, [.. ctx.Imports], ctx.Globals);
        foreach (var def in ast.Functions)
        {
            if (def.IsPrivate || def.IsClosure || compiled.FindFunction(def.Name, def.Parameters.Length) is not { } fn)
            {
                continue;
            }

            var types = Enumerable.Repeat(typeof(object), fn.Arity).ToArray();
            builder.Add(new NativeFunction(fn.Name, types, (context, args) => environment.Call(fn, (RunContext)context, args)));
        }

        // Modules imported at the top level become sub-modules; a later import of the same name wins.
        foreach (var (alias, module) in ctx.Imports)
        {
            builder.SetSubModule(alias, module);
        }

        return builder.Build();
    }

    private static object? ExportedValue(Scope scope, string name, Position position)
    {
        var index = scope.IndexOf(name);
        return index >= 0
            ? scope.GetRaw(index)
            : throw new RuntimeException(RuntimeErrorKind.VariableNotFound, $"Variable not found: {name}", position);
    }

    /// <summary>The runtime's module loader: resolves an <c>import</c> path through the resolver.</summary>
    private Module LoadModule(RunContext ctx, string path, long pos)
    {
        var position = Position.Unpack(pos);
        var resolver = (_state as Configuration)?.ModuleResolver
            ?? throw new RuntimeException(RuntimeErrorKind.ModuleNotFound, $"Module not found: {path} (no module resolver is set)", position);
        var saved = t_importSite;
        t_importSite = new ImportSite(ctx, path, position);
        try
        {
            return resolver.Resolve(this, path, position)
                ?? throw new RuntimeException(RuntimeErrorKind.ModuleNotFound, $"Module not found: {path}", position);
        }
        catch (ParseException e)
        {
            throw new RuntimeException(RuntimeErrorKind.InModule, $"Error in module '{path}': {e.Message}", position, e);
        }
        finally
        {
            t_importSite = saved;
        }
    }

    private sealed record ImportSite(RunContext Context, string Path, Position Position);

    /// <summary>What a module's functions run with: the module script's function table, imports and constants.</summary>
    private sealed class ModuleEnvironment(CompiledScript script, KeyValuePair<string, Module>[] imports, Dictionary<string, object?>? globals)
    {
        public object? Call(ScriptFunction fn, RunContext ctx, object?[] args)
        {
            var copied = new object?[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                copied[i] = ValueCopy.Clone(args[i]);
            }

            var savedFunctions = ctx.Functions;
            var savedGlobals = ctx.Globals;
            var savedImports = ctx.SwapImports(imports.Length == 0 ? null : [.. imports]);
            ctx.Functions = script;
            ctx.Globals = globals;
            try
            {
                return fn.Invoke(ctx, copied, null, null, ctx.Position);
            }
            finally
            {
                ctx.Functions = savedFunctions;
                ctx.Globals = savedGlobals;
                ctx.SwapImports(savedImports);
            }
        }
    }
}
