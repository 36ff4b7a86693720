using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Packages;
using RhaiSharp.Packages.Standard;

namespace RhaiSharp.Tests.Hosting;

public class RegistrationTests
{
    private sealed class HostPackage : Package
    {
        protected override void Register(ModuleBuilder builder) =>
            builder
                .SetNativeFn("zero", () => 0)
                .SetNativeFn("one", (long a) => a)
                .SetNativeFn("two", (long a, long b) => a + b)
                .SetNativeFn("three", (long a, long b, long c) => a + b + c)
                .SetNativeFn("four", (long a, long b, long c, long d) => a + b + c + d)
                .SetNativeFn("five", (long a, long b, long c, long d, long e) => a + b + c + d + e)
                .SetNativeFn("six", (long a, long b, long c, long d, long e, long f) => a + b + c + d + e + f);
    }

    [Test]
    public void A_function_returning_a_task_is_refused_when_registered()
    {
        var builder = new ModuleBuilder("m");

        FluentActions.Invoking(() => builder.SetNativeFn("fetch", (long id) => Task.FromResult(id)))
            .Should().Throw<ArgumentException>().WithMessage("Function 'fetch' returns Task`1*synchronous*");
        FluentActions.Invoking(() => new Engine().RegisterFn("wait", () => ValueTask.CompletedTask))
            .Should().Throw<ArgumentException>().WithMessage("Function 'wait' returns ValueTask*");
    }

    [Test]
    public void Public_and_library_registration_bind_parameter_types_alike()
    {
        // One binding for both paths: a decimal parameter accepts FLOAT, and a decimal result is FLOAT, whichever way
        // the function was registered.
        var module = new ModuleBuilder("m")
            .SetNativeFn("host_half", (decimal d) => d / 2)
            .Fn<decimal, decimal>("library_half", d => d / 2)
            .Build();
        var engine = Engine.CreateRaw().RegisterGlobalModule(module);

        engine.Eval<double>("host_half(3.0)").Should().Be(1.5);
        engine.Eval<object>("library_half(3.0)").Should().Be(1.5);
    }

    [Test]
    public void Module_builder_registers_every_arity()
    {
        var engine = Engine.CreateRaw().RegisterGlobalModule(new HostPackage().AsSharedModule());
        engine.Eval<long>("zero() + one(1) + two(1, 1) + three(1, 1, 1) + four(1, 1, 1, 1) + five(1, 1, 1, 1, 1) + six(1, 1, 1, 1, 1, 1)")
            .Should().Be(21);
    }

    [Test]
    public void Engine_registers_every_arity()
    {
        var engine = Engine.CreateRaw()
            .RegisterFn("zero", () => 0L)
            .RegisterFn("one", (int a) => a)
            .RegisterFn("two", (int a, int b) => a + b)
            .RegisterFn("three", (int a, int b, int c) => a + b + c)
            .RegisterFn("four", (int a, int b, int c, int d) => a + b + c + d)
            .RegisterFn("five", (int a, int b, int c, int d, int e) => a + b + c + d + e)
            .RegisterFn("six", (int a, int b, int c, int d, int e, int f) => a + b + c + d + e + f);
        engine.Eval<long>("zero() + one(1) + two(1, 1) + three(1, 1, 1) + four(1, 1, 1, 1) + five(1, 1, 1, 1, 1) + six(1, 1, 1, 1, 1, 1)")
            .Should().Be(21);
    }

    [Test]
    public void Overloads_are_chosen_by_parameter_types()
    {
        var engine = Engine.CreateRaw()
            .RegisterFn("describe", (long x) => $"int {x}")
            .RegisterFn("describe", (double x) => $"float {x}")
            .RegisterFn("describe", (string x) => $"string {x}")
            .RegisterFn("describe", (object? x) => "anything");
        engine.Eval<string>("describe(1)").Should().Be("int 1");
        engine.Eval<string>("describe(1.5)").Should().Be("float 1.5");
        engine.Eval<string>("describe(\"a\")").Should().Be("string a");
        engine.Eval<string>("describe(true)").Should().Be("anything");
    }

    [Test]
    public void Later_registration_with_the_same_signature_replaces_the_earlier()
    {
        var engine = Engine.CreateRaw().RegisterFn("f", (long x) => x).RegisterFn("f", (long x) => x * 10);
        engine.Eval<long>("f(2)").Should().Be(20);
    }

    [Test]
    public void Engine_functions_take_precedence_over_global_modules()
    {
        var engine = new Engine().RegisterFn("abs", (long x) => 99L);
        engine.Eval<long>("abs(-1)").Should().Be(99);
    }

    [Test]
    public void Registering_after_a_run_takes_effect_on_the_next_run()
    {
        var engine = Engine.CreateRaw().RegisterFn("a", () => 1L);
        engine.Eval<long>("a()").Should().Be(1);
        engine.RegisterFn("b", () => 2L);
        engine.Eval<long>("a() + b()").Should().Be(3);
    }

    [Test]
    public void Action_functions_return_unit()
    {
        var seen = new List<string>();
        var engine = Engine.CreateRaw().RegisterFn("log", (string s) => seen.Add(s));
        engine.Eval<object?>("log(\"x\")").Should().BeNull();
        seen.Should().Equal("x");
    }

    [Test]
    public void Host_types_convert_in_and_out()
    {
        var engine = new Engine()
            .RegisterFn("vat", (decimal x) => x * 0.2m)
            .RegisterFn("halve", (float x) => x / 2)
            .RegisterFn("names", () => new List<string> { "a", "b" })
            .RegisterFn("lookup", () => new Dictionary<string, int> { ["k"] = 3 })
            .RegisterFn("count", (List<object?> items) => items.Count)
            .RegisterFn("keys", (SortedDictionary<string, object?> map) => string.Join(",", map.Keys))
            .RegisterFn("small", (byte b) => b);
        engine.Eval<double>("vat(100.0)").Should().BeApproximately(20.0, 1e-9);
        engine.Eval<double>("halve(3.0)").Should().Be(1.5);
        engine.Eval<long>("names().len()").Should().Be(2);
        engine.Eval<string>("type_of(names())").Should().Be("array");
        engine.Eval<long>("lookup().k").Should().Be(3);
        engine.Eval<long>("count([1, 2, 3])").Should().Be(3);
        engine.Eval<string>("keys(#{b: 1, a: 2})").Should().Be("a,b");
        engine.Eval<string>("type_of(small(7))").Should().Be("i64");
        FluentActions.Invoking(() => engine.Eval<long>("small(300)")).Should().Throw<RuntimeException>();
    }

    [Test]
    public void A_runtime_exception_from_a_host_function_is_catchable_with_the_call_position()
    {
        var engine = new Engine().RegisterFn("check", (long x) =>
            x > 0 ? x : throw new RuntimeException(RuntimeErrorKind.Runtime, "must be positive", Position.None));
        engine.Eval<string>("let r = \"\"; try { check(-1) } catch (e) { r = `${e.message}@${e.line}:${e.position}` } r")
            .Should().Be("must be positive@1:19");

        var error = FluentActions.Invoking(() => engine.Eval<long>("let a = 1;\nlet b = check(-1);"))
            .Should().Throw<RuntimeException>().Which;
        error.RawMessage.Should().Be("must be positive");
        error.Position.Line.Should().Be(2);
    }

    [Test]
    public void A_plain_script_exception_from_a_host_function_is_catchable_too()
    {
        var engine = new Engine().RegisterFn<long>("fail", () => throw new ScriptException("nope", Position.None));
        engine.Eval<string>("let r = \"\"; try { fail() } catch (e) { r = e.message } r").Should().Be("nope");
        FluentActions.Invoking(() => engine.Eval<long>("fail()"))
            .Should().Throw<RuntimeException>().Which.Position.IsNone.Should().BeFalse();
    }

    [Test]
    public void Other_exceptions_become_runtime_errors()
    {
        var engine = new Engine().RegisterFn<long>("boom", () => throw new InvalidOperationException("bad"));
        engine.Eval<bool>("let r = false; try { boom(); } catch { r = true } r").Should().BeTrue();
    }

    [Test]
    public void Module_builder_exposes_constants_and_sub_modules_as_a_static_module()
    {
        var sub = new ModuleBuilder().SetNativeFn("triple", (long x) => x * 3).Build();
        var module = new ModuleBuilder("tax").SetVariable("RATE", 0.2).SetNativeFn("vat", (double x) => x * 0.2)
            .SetSubModule("util", sub).Build();
        var engine = new Engine().RegisterStaticModule("tax", module);
        engine.Eval<double>("tax::vat(10.0)").Should().BeApproximately(2.0, 1e-9);
        engine.Eval<long>("tax::util::triple(2)").Should().Be(6);
    }

    [Test]
    public void Standard_engine_plus_registered_function() =>
        new Engine().RegisterFn("double_it", (long x) => x * 2).Eval<string>("[1, 2].map(Fn(\"double_it\")).to_string()").Should().Be("[2, 4]");

    [Test]
    public void Null_arguments_are_rejected()
    {
        var builder = new ModuleBuilder();
        FluentActions.Invoking(() => builder.SetNativeFn("f", (Func<long>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.SetNativeFn("", () => 1L)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => builder.Combine((Package)null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Raw_engine_without_registrations_still_runs() =>
        Engine.CreateRaw().Eval<long>("1 + 2").Should().Be(3);

    [Test]
    public void Standard_package_is_shared() =>
        StandardPackage.Instance.AsSharedModule().Should().BeSameAs(StandardPackage.Instance.AsSharedModule());
}
