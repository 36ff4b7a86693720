using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;
using RhaiSharp.Runtime;
using RhaiSharp.Syntax;

namespace RhaiSharp.Compilation;

/// <summary>
/// The compiler's side of <see cref="IScriptLoader"/>: <c>eval</c> code and imported module scripts are compiled with
/// the engine's compiler choice and run inside the run that asked for them. All state is in the run and the import
/// context passed in; nothing is kept on the thread.
/// </summary>
internal sealed class ScriptLoader : IScriptLoader
{
    private static readonly ScriptLoader[] ByChoice = [.. Enum.GetValues<CompilerChoice>().Select(c => new ScriptLoader(c))];

    private readonly CompilerChoice _choice;

    private ScriptLoader(CompilerChoice choice) => _choice = choice;

    public static ScriptLoader For(CompilerChoice choice) => ByChoice[(int)choice];

    public object? Eval(RunContext ctx, string code, long position)
    {
        // Parsing and lowering (which bounds its own depth) both happen here: either failing is the eval call's error.
        CompiledScript compiled;
        CompiledBody main;
        try
        {
            compiled = CompiledScript.For(Parser.ParseScript(code, ctx.Environment.Parsing), _choice);
            main = compiled.Main;
        }
        catch (ParseException e)
        {
            throw new RuntimeException(RuntimeErrorKind.Parsing, e.Message, Position.Unpack(position), e);
        }

        var saved = ctx.Functions;
        ctx.Functions = compiled;
        try
        {
            return main(ctx, [], null, null);
        }
        finally
        {
            ctx.Functions = saved;
        }
    }

    public Module EvalAstAsModule(ModuleResolutionContext import, Ast ast, string? name)
    {
        var compiled = CompiledScript.For(ast, _choice);
        var scope = new Scope();
        var importing = import.Importing;
        var ctx = importing.ForModule(compiled, scope, import);
        try
        {
            compiled.Main(ctx, [], null, null);
        }
        catch (RuntimeException e) when (e.IsCatchable)
        {
            throw new RuntimeException(RuntimeErrorKind.InModule, $"Error in module '{import.Path}': {e.Message}", import.Position, e);
        }
        finally
        {
            importing.AbsorbModuleRun(ctx);
        }

        return ScriptModules.Build(name, ast, compiled, ctx, scope);
    }
}
