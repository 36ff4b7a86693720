using RhaiSharp.Packages;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;
using RhaiSharp.Values;

namespace RhaiSharp.Compilation;

/// <summary>
/// Turns a module script that has run into a module (Rhai's <c>Module::eval_ast_as_new</c>): exported variables become
/// read-only module variables, non-private script functions become module functions running in the module's own
/// environment, and modules imported at the top level become sub-modules.
/// </summary>
internal static class ScriptModules
{
    public static Module Build(string? name, Ast ast, CompiledScript compiled, RunContext ctx, Scope scope)
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
