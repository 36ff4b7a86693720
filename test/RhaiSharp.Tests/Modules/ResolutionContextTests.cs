using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;

namespace RhaiSharp.Tests.Modules;

/// <summary>
/// A resolver is handed the import it resolves: the path and position, the importing engine's language options for
/// compiling, and the importing run for running the module script. Nothing of it is kept on the thread, so it holds
/// wherever the resolver does its work.
/// </summary>
public class ResolutionContextTests
{
    /// <summary>Compiles and runs the module script given for each path, on a thread of its own choosing.</summary>
    private sealed class ScriptResolver(Dictionary<string, string> scripts, bool onAnotherThread = false) : IModuleResolver
    {
        public List<(string Path, Position Position)> Seen { get; } = [];

        public Module? Resolve(ModuleResolutionContext context, string path, Position position)
        {
            Seen.Add((context.Path, context.Position));
            if (!scripts.TryGetValue(path, out var script))
            {
                return null;
            }

            Module Build() => context.EvalAstAsModule(context.Compile(script), path);
            return onAnotherThread ? Task.Run(Build).GetAwaiter().GetResult() : Build();
        }
    }

    [Test]
    public void The_context_names_the_import_being_resolved()
    {
        var resolver = new ScriptResolver(new() { ["m"] = "export const X = 1;" });
        var engine = new Engine().SetModuleResolver(resolver);

        engine.Eval<long>("let a = 1;\n  import \"m\" as m;\nm::X").Should().Be(1);

        resolver.Seen.Should().Equal(("m", new Position(2, 3)));
    }

    [Test]
    public void A_module_script_built_on_another_thread_still_counts_toward_the_importing_run([Values] bool onAnotherThread)
    {
        var resolver = new ScriptResolver(new() { ["busy"] = "let s = 0; for i in 0..1000 { s += i } export const S = s;" }, onAnotherThread);
        var engine = new Engine { Options = new EngineOptions { MaxOperations = 500 } }.SetModuleResolver(resolver);

        var act = () => engine.Eval<long>("import \"busy\" as b; b::S");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.TooManyOperations);
    }

    [Test]
    public void Module_scripts_parse_with_the_importing_engines_language_options()
    {
        var resolver = new ScriptResolver(new() { ["loops"] = "export const N = 0; while false {}" });
        var engine = new Engine { Options = new EngineOptions { AllowLooping = false } }.SetModuleResolver(resolver);

        var act = () => engine.Run("import \"loops\" as l;");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.InModule);
    }

    [Test]
    public void A_module_that_imports_itself_through_another_is_a_cyclic_import_even_across_threads()
    {
        var resolver = new StaticModuleResolver();
        resolver.AddScript("a", "import \"b\" as b; export const A = 1;");
        resolver.AddScript("b", "import \"a\" as a; export const B = 2;");
        var engine = new Engine().SetModuleResolver(new ThreadHopping(resolver));

        var act = () => engine.Run("import \"a\" as a;");

        act.Should().Throw<RuntimeException>().Which.ToString().Should().Contain("Cyclic import of module 'a'");
        engine.Eval<long>("40 + 2").Should().Be(42);
    }

    /// <summary>Resolves every import on a pool thread, as an async resolver forced into a sync one would.</summary>
    private sealed class ThreadHopping(IModuleResolver inner) : IModuleResolver
    {
        public Module? Resolve(ModuleResolutionContext context, string path, Position position) =>
            Task.Run(() => inner.Resolve(context, path, position)).GetAwaiter().GetResult();
    }
}
