using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;
using RhaiSharp.Runtime;

namespace RhaiSharp.Tests.Modules;

public class ImportStatementTests
{
    private static Engine NewEngine(EngineOptions? options = null)
    {
        var engine = new Engine().SetModuleResolver(new StaticModuleResolver()
            .AddScript("m", "fn f(x) { x + 1 } export const X = 10;")
            .AddScript("n", "export const X = 20;"));
        if (options is not null)
        {
            engine.Options = options;
        }

        return engine;
    }

    [Test]
    public void Missing_module_is_module_not_found_at_the_import()
    {
        var error = FluentActions.Invoking(() => NewEngine().Run("let a = 1;\n   import \"nowhere\" as x;"))
            .Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
        error.Position.Should().Be(new Position(2, 4));
        error.Message.Should().Contain("nowhere");
    }

    [Test]
    public void Missing_module_can_be_caught()
    {
        NewEngine().Eval<string>("""let r = "no"; try { import "nowhere" as x; } catch (e) { r = "caught"; } r""").Should().Be("caught");
    }

    [Test]
    public void Import_inside_a_function()
    {
        NewEngine().Eval<long>("""fn g(x) { import "m" as m; m::f(x) } g(1) + g(2)""").Should().Be(5);
    }

    [Test]
    public void Import_inside_a_function_is_gone_after_it_returns()
    {
        FluentActions.Invoking(() => NewEngine().Eval<long>("""fn g() { import "m" as m; 0 } g(); m::X"""))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
    }

    [Test]
    public void Functions_see_modules_imported_by_their_caller()
    {
        NewEngine().Eval<long>("""fn g() { m::X } import "m" as m; g()""").Should().Be(10);
    }

    [Test]
    public void Import_inside_a_block_is_scoped_to_the_block()
    {
        var engine = NewEngine();
        engine.Eval<long>("""let v = { import "m" as m; m::X }; v""").Should().Be(10);
        FluentActions.Invoking(() => engine.Eval<long>("""{ import "m" as m; } m::X"""))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
    }

    [Test]
    public void Inner_import_shadows_outer_then_outer_returns()
    {
        NewEngine().Eval<long>("""import "m" as a; let inner = { import "n" as a; a::X }; inner + a::X""").Should().Be(30);
    }

    [Test]
    public void Import_in_a_loop_body()
    {
        NewEngine().Eval<long>("""let s = 0; for i in 0..5 { import "m" as m; s += m::f(i); } s""").Should().Be(15);
    }

    [Test]
    public void Max_modules_limits_imports_per_run()
    {
        var engine = NewEngine(EngineOptions.Default with { MaxModules = 2 });
        engine.Eval<long>("""import "m" as a; import "n" as b; a::X + b::X""").Should().Be(30);
        var error = FluentActions.Invoking(() => engine.Run("""import "m" as a; import "n" as b; import "m" as c;"""))
            .Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.TooManyModules);
        error.IsCatchable.Should().BeFalse();
    }

    [Test]
    public void Max_modules_is_not_catchable()
    {
        var engine = NewEngine(EngineOptions.Default with { MaxModules = 1 });
        FluentActions.Invoking(() => engine.Run("""import "m" as a; try { import "n" as b; } catch { }"""))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.TooManyModules);
    }

    [Test]
    public void Max_modules_counts_imports_made_by_modules()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxModules = 2 } }
            .SetModuleResolver(new StaticModuleResolver()
                .AddScript("leaf", "export const X = 1;")
                .AddScript("mid", """import "leaf" as l; import "leaf" as k;"""));
        FluentActions.Invoking(() => engine.Run("""import "mid" as m;"""))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.TooManyModules);
    }

    [Test]
    public void Module_constants_are_readable()
    {
        NewEngine().Eval<long>("""import "m" as m; const Y = m::X * 2; Y""").Should().Be(20);
    }

    [Test]
    public void Unknown_module_variable_is_variable_not_found()
    {
        FluentActions.Invoking(() => NewEngine().Eval<long>("""import "m" as m; m::NOPE"""))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.VariableNotFound);
    }

    [Test]
    public void Imports_skipped_past_by_continue_do_not_pile_up()
    {
        var heights = new List<long>();
        var probe = new ModuleBuilder().FnCtx("height", ctx => (long)((RunContext)ctx).ImportCount).Build();
        var engine = NewEngine().RegisterGlobalModule(probe).RegisterFn("record", (long h) => heights.Add(h));
        engine.Run("""for i in 0..50 { import "m" as m; record(height()); if i > 0 { continue; } }""");
        heights.Should().HaveCount(50).And.OnlyContain(h => h == 1);
    }

    [Test]
    public void Import_leaked_by_break_is_dropped_with_the_enclosing_block()
    {
        FluentActions.Invoking(() => NewEngine().Eval<long>("""{ import "n" as m; loop { import "m" as m; break; } } m::X"""))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
    }
}
