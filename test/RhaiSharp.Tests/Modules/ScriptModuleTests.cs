using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.ModuleResolvers;

namespace RhaiSharp.Tests.Modules;

public class ScriptModuleTests
{
    [Test]
    public void Export_let_and_const_become_module_variables()
    {
        var module = new Engine().CompileModule("export let a = 1; export const B = 2; let hidden = 3;");
        var engine = new Engine().RegisterStaticModule("m", module);
        engine.Eval<long>("m::a + m::B").Should().Be(3);
        FluentActions.Invoking(() => engine.Eval<long>("m::hidden")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.VariableNotFound);
    }

    [Test]
    public void Export_as_renames_and_takes_the_final_value()
    {
        var module = new Engine().CompileModule("let x = 1; export x as answer; x = 42;");
        new Engine().RegisterStaticModule("m", module).Eval<long>("m::answer").Should().Be(42);
    }

    [Test]
    public void Exported_variables_are_read_only()
    {
        var engine = new Engine().RegisterStaticModule("m", new Engine().CompileModule("export let x = 1;"));
        FluentActions.Invoking(() => engine.Run("m::x = 2;")).Should().Throw<ScriptException>();
    }

    [Test]
    public void Exported_variables_are_copied_not_shared()
    {
        var engine = new Engine().RegisterStaticModule("m", new Engine().CompileModule("export const A = [1, 2];"));
        engine.Eval<long>("let a = m::A; a.push(3); a.len()").Should().Be(3);
        engine.Eval<long>("m::A.len()").Should().Be(2);
    }

    [Test]
    public void Public_functions_are_exported_and_can_call_private_ones()
    {
        var module = new Engine().CompileModule("fn calc(x) { helper(x) + 1 } private fn helper(x) { x * 2 }");
        var engine = new Engine().RegisterStaticModule("m", module);
        engine.Eval<long>("m::calc(20)").Should().Be(41);
        FluentActions.Invoking(() => engine.Eval<long>("m::helper(1)")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.FunctionNotFound);
    }

    [Test]
    public void Module_functions_read_module_constants_through_global()
    {
        var module = new Engine().CompileModule("const FACTOR = 3; fn scale(x) { x * global::FACTOR }");
        new Engine().RegisterStaticModule("m", module).Eval<long>("const FACTOR = 100; m::scale(2)").Should().Be(6);
    }

    [Test]
    public void Module_functions_do_not_see_the_importers_functions()
    {
        var module = new Engine().CompileModule("fn call_it() { mine() }");
        var engine = new Engine().RegisterStaticModule("m", module);
        FluentActions.Invoking(() => engine.Eval<long>("fn mine() { 1 } m::call_it()")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.FunctionNotFound);
    }

    [Test]
    public void Arguments_are_passed_by_value()
    {
        var module = new Engine().CompileModule("fn grow(a) { a.push(9); a.len() }");
        new Engine().RegisterStaticModule("m", module).Eval<long>("let a = [1]; let n = m::grow(a); n * 10 + a.len()").Should().Be(21);
    }

    [Test]
    public void Modules_imported_by_a_module_become_sub_modules()
    {
        var resolver = new StaticModuleResolver()
            .AddScript("inner", "fn g() { 7 } export const K = 5;")
            .AddScript("outer", """import "inner" as sub; fn f() { sub::g() * 2 }""");
        var engine = new Engine().SetModuleResolver(resolver);
        engine.Eval<long>("""import "outer" as m; m::f() + m::sub::g() + m::sub::K""").Should().Be(26);
    }

    [Test]
    public void Modules_imported_in_a_block_of_a_module_are_not_exported()
    {
        var resolver = new StaticModuleResolver()
            .AddScript("inner", "export const K = 5;")
            .AddScript("outer", """let k = { import "inner" as sub; sub::K }; export k;""");
        var engine = new Engine().SetModuleResolver(resolver);
        engine.Eval<long>("""import "outer" as m; m::k""").Should().Be(5);
        FluentActions.Invoking(() => engine.Eval<long>("""import "outer" as m; m::sub::K""")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
    }

    [Test]
    public void An_error_while_running_a_module_is_reported_in_module()
    {
        var engine = new Engine().SetModuleResolver(new StaticModuleResolver().AddScript("bad", "throw \"broken\";"));
        var error = FluentActions.Invoking(() => engine.Run("\n  import \"bad\" as b;")).Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.InModule);
        error.Position.Line.Should().Be(2);
        error.Message.Should().Contain("broken");
    }

    [Test]
    public void A_parse_error_in_a_module_is_reported_in_module()
    {
        var engine = new Engine().SetModuleResolver(new StaticModuleResolver().AddScript("bad", "let = ;"));
        FluentActions.Invoking(() => engine.Run("import \"bad\" as b;")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.InModule);
    }

    [Test]
    public void A_module_importing_itself_fails_cleanly()
    {
        var engine = new Engine().SetModuleResolver(new StaticModuleResolver().AddScript("self", "import \"self\" as me;"));
        FluentActions.Invoking(() => engine.Run("import \"self\" as s;")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.InModule);
    }
}
