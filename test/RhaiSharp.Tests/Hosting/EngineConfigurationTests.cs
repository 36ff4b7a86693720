using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Packages;
using RhaiSharp.Packages.Standard;

namespace RhaiSharp.Tests.Hosting;

/// <summary>
/// Engines with at most one global module and default settings share one runtime environment; the first setter
/// gives an engine its own configuration. These pin down that the switch loses nothing and leaks into no other engine.
/// </summary>
public class EngineConfigurationTests
{
    private static Module Answer(long value) => new ModuleBuilder("answer").SetNativeFn("answer", () => value).Build();

    private static Engine RawWithStandard() => Engine.CreateRaw().RegisterGlobalModule(StandardPackage.Instance.AsSharedModule());

    [Test]
    public void A_second_global_module_is_searched_before_the_first()
    {
        var engine = Engine.CreateRaw().RegisterGlobalModule(Answer(1));
        engine.Eval<long>("answer()").Should().Be(1);

        engine.RegisterGlobalModule(Answer(2));

        engine.Eval<long>("answer()").Should().Be(2);
    }

    [Test]
    public void Engines_created_in_turn_with_different_modules_each_see_their_own()
    {
        var one = Answer(1);
        var two = Answer(2);

        var results = Enumerable.Range(0, 6)
            .Select(i => Engine.CreateRaw().RegisterGlobalModule(i % 3 == 1 ? two : one).Eval<long>("answer()"));

        results.Should().Equal(1, 2, 1, 1, 2, 1);
    }

    [Test]
    public void A_silent_and_a_printing_engine_with_the_same_module_keep_their_output()
    {
        var module = StandardPackage.Instance.AsSharedModule();
        var silent = Engine.CreateRaw().RegisterGlobalModule(module);
        var printed = new List<string>();
        var printing = Engine.CreateRaw().OnPrint(printed.Add).RegisterGlobalModule(module);
        var silentAgain = Engine.CreateRaw().RegisterGlobalModule(module);

        silent.Run("print(\"a\")");
        printing.Run("print(\"b\")");
        silentAgain.Run("print(\"c\")");

        printed.Should().Equal("b");
    }

    [Test]
    public void A_module_registered_on_a_standard_engine_joins_the_standard_functions()
    {
        var engine = new Engine().RegisterGlobalModule(Answer(5));

        engine.Eval<long>("abs(-answer())").Should().Be(5);
    }

    [Test]
    public void A_print_handler_set_after_a_run_receives_the_next_runs_output()
    {
        var engine = RawWithStandard();
        engine.Run("print(\"dropped\")");
        var printed = new List<string>();

        engine.OnPrint(printed.Add).Run("print(`x = ${40 + 2}`)");

        printed.Should().Equal("x = 42");
    }

    [Test]
    public void Options_set_after_a_run_apply_to_the_next_run()
    {
        var engine = RawWithStandard();
        const string loop = "let s = 0; for i in 0..1000 { s += i } s";
        engine.Eval<long>(loop).Should().Be(499_500);

        engine.Options = new EngineOptions { MaxOperations = 100 };

        engine.Invoking(e => e.Eval<long>(loop)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.TooManyOperations);
    }

    [Test]
    public void A_configured_engine_rebuilds_its_environment_after_each_change()
    {
        var first = new List<string>();
        var second = new List<string>();
        var engine = RawWithStandard().OnPrint(first.Add);
        engine.Run("print(\"one\")");

        engine.Options = new EngineOptions { MaxOperations = 100 };
        engine.Invoking(e => e.Run("for i in 0..1000 { }")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.TooManyOperations);
        engine.RegisterGlobalModule(Answer(3));
        engine.Eval<long>("answer()").Should().Be(3);
        engine.OnPrint(second.Add).Run("print(\"two\")");

        first.Should().Equal("one");
        second.Should().Equal("two");
    }

    [Test]
    public void Configuring_one_engine_leaves_engines_that_shared_its_environment_unchanged()
    {
        var configured = RawWithStandard();
        var untouched = RawWithStandard();
        var printed = new List<string>();

        configured.OnPrint(printed.Add).Options = new EngineOptions { MaxOperations = 100 };
        configured.RegisterGlobalModule(Answer(7));

        untouched.Run("print(\"silent\"); let s = 0; for i in 0..1000 { s += i }");
        untouched.Invoking(e => e.Eval<long>("answer()")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.FunctionNotFound);
        printed.Should().BeEmpty();
        configured.Eval<long>("answer()").Should().Be(7);
    }

    [Test]
    public void Restoring_default_options_keeps_the_engines_print_handler()
    {
        var printed = new List<string>();
        var engine = RawWithStandard().OnPrint(printed.Add);
        engine.Options = new EngineOptions { MaxOperations = 100 };

        engine.Options = EngineOptions.Default;
        engine.Run("print(\"kept\"); let s = 0; for i in 0..1000 { s += i }");

        printed.Should().Equal("kept");
    }
}
