using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;

namespace RhaiSharp.Tests.Modules;

public class StaticResolverTests
{
    private static Engine EngineWith(StaticModuleResolver resolver) =>
        new Engine().SetModuleResolver(resolver);

    [Test]
    public void Imports_a_native_module()
    {
        var module = new ModuleBuilder().SetNativeFn("inc", (long x) => x + 1).SetVariable("ANSWER", 41L).Build();
        var engine = EngineWith(new StaticModuleResolver().Add("question", module));
        engine.Eval<long>("""import "question" as q; q::inc(q::ANSWER)""").Should().Be(42);
    }

    [Test]
    public void Imports_a_native_sub_module()
    {
        var inner = new ModuleBuilder().SetNativeFn("inc", (long x) => x + 1).SetVariable("answer", 41L).Build();
        var outer = new ModuleBuilder().SetSubModule("universe", new ModuleBuilder().SetSubModule("life", inner).Build()).Build();
        var engine = EngineWith(new StaticModuleResolver().Add("q", outer));
        engine.Eval<long>("""import "q" as q; q::universe::life::inc(q::universe::life::answer)""").Should().Be(42);
    }

    [Test]
    public void Imports_a_script_module()
    {
        var engine = EngineWith(new StaticModuleResolver().AddScript("math", "fn square(x) { x * x } export const TWO = 2;"));
        engine.Eval<long>("""import "math" as m; m::square(m::TWO + 1)""").Should().Be(9);
    }

    [Test]
    public void The_path_is_any_string_expression()
    {
        var engine = EngineWith(new StaticModuleResolver().AddScript("mod_42", "export const N = 42;"));
        engine.Eval<long>("""let n = 42; let name = `mod_${n}`; import name as m; m::N""").Should().Be(42);
    }

    [Test]
    public void A_non_string_path_is_a_type_error()
    {
        var engine = EngineWith(new StaticModuleResolver());
        FluentActions.Invoking(() => engine.Run("import 42 as m;")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.MismatchDataType);
    }

    [Test]
    public void A_script_module_runs_once_for_many_imports()
    {
        var printed = new List<string>();
        var engine = EngineWith(new StaticModuleResolver().AddScript("noisy", """print("loaded"); export const X = 1;"""))
            .OnPrint(printed.Add);
        engine.Eval<long>("""import "noisy" as a; import "noisy" as b; a::X + b::X""").Should().Be(2);
        engine.Eval<long>("""import "noisy" as c; c::X""").Should().Be(1);
        printed.Should().Equal("loaded");
    }

    [Test]
    public void Import_without_alias_just_runs_the_module()
    {
        var printed = new List<string>();
        var engine = EngineWith(new StaticModuleResolver().AddScript("banner", """print("hello");""")).OnPrint(printed.Add);
        engine.Run("""import "banner";""");
        printed.Should().Equal("hello");
    }

    [Test]
    public void Imported_module_shadows_a_static_module_of_the_same_name()
    {
        var engine = EngineWith(new StaticModuleResolver().AddScript("m", "export const X = 2;"))
            .RegisterStaticModule("m", new ModuleBuilder().SetVariable("X", 1L).Build());
        engine.Eval<long>("let a = m::X; import \"m\" as m; a * 10 + m::X").Should().Be(12);
    }

    [Test]
    public void Collection_tries_resolvers_in_order()
    {
        var first = new StaticModuleResolver().AddScript("a", "export const X = 1;");
        var second = new StaticModuleResolver().AddScript("a", "export const X = 2;").AddScript("b", "export const X = 3;");
        var engine = new Engine().SetModuleResolver(new ModuleResolversCollection(first, second));
        engine.Eval<long>("""import "a" as a; import "b" as b; a::X * 10 + b::X""").Should().Be(13);
        FluentActions.Invoking(() => engine.Run("""import "c" as c;""")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
    }

    [Test]
    public void Engine_has_no_resolver_by_default()
    {
        var engine = new Engine();
        engine.ModuleResolver.Should().BeNull();
        FluentActions.Invoking(() => engine.Run("""import "anything" as a;""")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
    }
}
