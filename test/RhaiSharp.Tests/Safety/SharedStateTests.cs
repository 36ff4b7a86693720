using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;

namespace RhaiSharp.Tests.Safety;

/// <summary>
/// No script can change a value that another engine or tenant sees: module variables and the main program's constants
/// reached as <c>m::X</c> or <c>global::X</c> are constants to every script, with Rhai's rules and messages.
/// </summary>
[TestFixture]
public class SharedStateTests
{
    private static readonly Module Shared = new Engine().CompileModule("export const ARR = [1, 2, 3]; export let MAP = #{a: [1]}; export let V = [1];");

    private static Engine Tenant() => new Engine().RegisterStaticModule("m", Shared);

    private static void UnchangedForEveryone()
    {
        Tenant().Eval<string>("`${m::ARR} ${m::MAP} ${m::V}`").Should().Be("[1, 2, 3] #{\"a\": [1]} [1]");
        new Engine().RegisterStaticModule("m", Shared).Eval<long>("m::ARR.len()").Should().Be(3);
    }

    [TestCase("m::ARR.push(4)", "push")]
    [TestCase("m::ARR.clear()", "clear")]
    [TestCase("m::ARR.append([9])", "append")]
    [TestCase("m::V.push(4)", "push")]
    [TestCase("m::MAP.mixin(#{b: 2})", "mixin")]
    [TestCase("m::MAP.a.push(2)", "push")]
    [TestCase("push(m::ARR, 5)", "push")]
    [TestCase("clear(m::ARR)", "clear")]
    public void A_mutating_method_on_a_module_variable_is_refused(string script, string method)
    {
        var error = SafetyAssert.FailsWith(Tenant(), script, RuntimeErrorKind.NonPureMethodCallOnConstant);
        error.RawMessage.Should().Be($"Non-pure method '{method}' cannot be called on constant");
        error.Position.Line.Should().Be(1);
        UnchangedForEveryone();
    }

    [TestCase("m::ARR[0] = 9", "ARR")]
    [TestCase("m::ARR += [4]", "ARR")]
    [TestCase("m::V = 1", "V")]
    [TestCase("m::MAP.a = 1", "MAP")]
    [TestCase("m::MAP.a[0] = 5", "MAP")]
    public void Assigning_into_a_module_variable_is_refused(string script, string name)
    {
        var error = SafetyAssert.FailsWith(Tenant(), script, RuntimeErrorKind.AssignmentToConstant);
        error.RawMessage.Should().Be($"Cannot modify constant {name}");
        UnchangedForEveryone();
    }

    [Test]
    public void A_copy_of_a_module_variable_is_the_scripts_own() =>
        Tenant().Eval<string>("let x = m::ARR; x.push(4); `${x} ${m::ARR}`").Should().Be("[1, 2, 3, 4] [1, 2, 3]");

    [Test]
    public void A_caught_refusal_leaves_the_module_variable_unchanged()
    {
        Tenant().Eval<long>("try { m::ARR[0] = 9; } catch { } try { m::ARR.push(1); } catch { } m::ARR[0] + m::ARR.len()").Should().Be(4);
        UnchangedForEveryone();
    }

    [Test]
    public void A_module_cached_by_a_resolver_is_not_changed_through_any_engine()
    {
        var resolver = new StaticModuleResolver().AddScript("lib", "export const LIST = [1];");
        var first = new Engine().SetModuleResolver(resolver);
        first.Invoking(e => e.Run("import \"lib\" as l; l::LIST.push(2);")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.NonPureMethodCallOnConstant);
        new Engine().SetModuleResolver(resolver).Eval<long>("import \"lib\" as l; l::LIST.len()").Should().Be(1);
    }

    [TestCase("fn f() { global::A.push(2) } f(); A", RuntimeErrorKind.NonPureMethodCallOnConstant)]
    [TestCase("fn f() { push(global::A, 2) } f(); A", RuntimeErrorKind.NonPureMethodCallOnConstant)]
    [TestCase("fn f() { global::A[0] = 2 } f(); A", RuntimeErrorKind.AssignmentToConstant)]
    [TestCase("fn f() { global::A = [] } f(); A", RuntimeErrorKind.AssignmentToConstant)]
    public void A_global_constant_cannot_be_changed_from_a_function(string body, RuntimeErrorKind kind)
    {
        var engine = new Engine();
        SafetyAssert.FailsWith(engine, "const A = [1]; " + body, kind);
        engine.Eval<string>("const A = [1]; fn f() { try { global::A.push(2) } catch { } } f(); `${A}`").Should().Be("[1]");
    }

    [Test]
    public void An_element_store_into_a_local_constant_that_is_caught_leaves_the_constant_unchanged() =>
        new Engine().Eval<string>("const A = [1]; try { A[0] = 5; } catch { } `${A}`").Should().Be("[1]");

    [Test]
    public void The_function_call_form_on_a_local_constant_works_on_a_copy() =>
        new Engine().Eval<string>("const A = [1]; push(A, 5); `${A}`").Should().Be("[1]");

    [Test]
    public void A_never_taken_assignment_to_a_namespaced_variable_still_compiles_as_in_rhai() =>
        Tenant().Eval<long>("if false { m::V = 2; m::MAP.a = 3; } 1").Should().Be(1);
}
