using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;
using RhaiSharp.ModuleResolvers;

namespace RhaiSharp.Tests.Runtime;

/// <summary>
/// Script calls have no protected region: an error leaves the call depth, live-variable count and imports to whoever
/// stops it. These pin that every such place (a script's catch, a library function calling back into script, the end of
/// a run) restores them and builds the call stack, so caught errors never pile up state.
/// </summary>
public class ErrorUnwindingTests
{
    private const string ThreeDeep = "fn a(n) { b(n) } fn b(n) { c(n) } fn c(n) { if n >= 0 { throw n } n }\n";

    [TestCase(false, TestName = "Errors caught by the script give back their call levels (FEC)")]
    [TestCase(true, TestName = "Errors caught by the script give back their call levels (System compiler)")]
    public void Errors_caught_by_the_script_give_back_their_call_levels(bool systemCompiler)
    {
        var engine = new Engine
        {
            Options = EngineOptions.Default with { MaxCallLevels = 6 },
            Compiler = systemCompiler ? CompilerChoice.System : CompilerChoice.Fast,
        };

        // Each caught error was thrown three calls deep; if the levels were not given back, the tenth try would overflow.
        var caught = engine.Eval<long>(ThreeDeep + "let caught = 0; for i in 0..1000 { try { a(i) } catch { caught += 1 } } caught");

        caught.Should().Be(1000);
    }

    [Test]
    public void Errors_caught_by_the_script_give_back_their_variables()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxVariables = 20 } };
        const string Script = """
            fn f(p, q) { let x = 1; let y = 2; let z = 3; throw x + y + z }
            let caught = 0;
            for i in 0..500 { try { f(i, i) } catch { caught += 1 } }
            caught
            """;

        engine.Eval<long>(Script).Should().Be(500);
    }

    [Test]
    public void Typed_integer_functions_give_back_their_call_levels_when_an_error_is_caught()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxCallLevels = 8 } };

        // `down` qualifies for the typed INT entry; its overflow is thrown five calls deep.
        var caught = engine.Eval<long>("""
            fn down(n) { if n == 0 { 9223372036854775807 + 1 } else { down(n - 1) } }
            let caught = 0;
            for i in 0..300 { try { down(4) } catch { caught += 1 } }
            caught
            """);

        caught.Should().Be(300);
    }

    [Test]
    public void A_library_function_that_swallows_callback_errors_gives_back_their_call_levels()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxCallLevels = 6 } };

        // sort() treats a failing comparer as "order by type"; every comparison fails three calls deep.
        var sorted = engine.Eval<List<object?>>(ThreeDeep + "let xs = []; for i in 0..200 { xs.push(i % 7) } xs.sort(|x, y| a(x)); xs");

        sorted.Should().HaveCount(200);
    }

    [Test]
    public void An_error_after_a_caught_one_carries_only_its_own_call_stack()
    {
        var act = () => new Engine().Run(ThreeDeep + "try { a(1) } catch { }\nfn other() { let v = [1]; v[5] }\nother()");

        var error = act.Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.ArrayBounds);
        error.CallStack.Select(f => f.Function).Should().Equal("other");
    }

    [Test]
    public void The_call_stack_runs_through_closures_called_by_library_functions()
    {
        var act = () => new Engine().Run("fn inner(x) { let v = []; v[x] }\nfn outer(x) { inner(x) }\n[1, 2].map(|x| outer(x))");

        var error = act.Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.ArrayBounds);
        error.CallStack.Select(f => f.Function).Should().Equal("inner", "outer", "<closure>");
        error.CallStack[0].Position.Line.Should().Be(2);
        error.CallStack[2].Position.Line.Should().Be(3);
    }

    [Test]
    public void The_call_stack_of_an_error_thrown_through_typed_integer_functions_lists_every_call()
    {
        var act = () => new Engine().Run("fn down(n) { if n == 0 { 1 / n } else { down(n - 1) } }\nfn top() { down(2) }\ntop()");

        var error = act.Should().Throw<RuntimeException>().Which;
        error.CallStack.Select(f => f.Function).Should().Equal("down", "down", "down", "top");
    }

    [Test]
    public void A_caught_error_drops_the_imports_of_the_functions_it_left()
    {
        var engine = new Engine().SetModuleResolver(new StaticModuleResolver().AddScript("m", "export const X = 10;"));

        // The function's import ends with the function; after the catch, `m` must not resolve at top level.
        var act = () => engine.Run("fn f() { import \"m\" as m; throw m::X } try { f() } catch { }\nm::X");

        act.Should().Throw<ScriptException>().Which.Position.Line.Should().Be(2);
    }

    [Test]
    public void A_failed_run_leaves_the_next_run_on_the_thread_at_the_top_level()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxCallLevels = 5 } };
        var ast = engine.Compile("fn dive(n) { if n == 0 { throw \"bottom\" } dive(n - 1) } fn f(n) { dive(n) }");

        for (var i = 0; i < 20; i++)
        {
            var act = () => engine.CallFn<long>(ast, "f", 3L);
            act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Thrown);
        }

        // Four levels still fit: nothing was left behind by the failed runs.
        var deep = () => engine.CallFn<long>(ast, "f", 3L);
        deep.Should().Throw<RuntimeException>().Which.CallStack.Should().HaveCount(5);
    }
}
