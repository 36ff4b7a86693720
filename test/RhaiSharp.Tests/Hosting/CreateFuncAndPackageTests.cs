using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Packages;
using RhaiSharp.Packages.Standard;

namespace RhaiSharp.Tests.Hosting;

public class CreateFuncTests
{
    private static readonly Ast Script = new Engine().Compile("""
        fn zero() { 0 }
        fn one(a) { a }
        fn two(a, b) { a + b }
        fn three(a, b, c) { a + b + c }
        fn four(a, b, c, d) { a + b + c + d }
        fn five(a, b, c, d, e) { a + b + c + d + e }
        fn six(a, b, c, d, e, f) { a + b + c + d + e + f }
        fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
        fn greet(name) { `hello ${name} ${bonus(2)}` }
        fn fail() { throw "boom" }
        fn spin(n) { let s = 0; for i in 0..n { s += i; } s }
        private fn hidden() { 1 }
        """);

    [Test]
    public void Every_arity()
    {
        var engine = new Engine();
        engine.CreateFunc<long>(Script, "zero")().Should().Be(0);
        engine.CreateFunc<int, long>(Script, "one")(1).Should().Be(1);
        engine.CreateFunc<long, long, long>(Script, "two")(1, 1).Should().Be(2);
        engine.CreateFunc<long, long, long, long>(Script, "three")(1, 1, 1).Should().Be(3);
        engine.CreateFunc<long, long, long, long, long>(Script, "four")(1, 1, 1, 1).Should().Be(4);
        engine.CreateFunc<long, long, long, long, long, long>(Script, "five")(1, 1, 1, 1, 1).Should().Be(5);
        engine.CreateFunc<long, long, long, long, long, long, long>(Script, "six")(1, 1, 1, 1, 1, 1).Should().Be(6);
        engine.CreateFunc<double, double, double>(Script, "two")(1.5, 1).Should().Be(2.5);
    }

    [Test]
    public void Sees_the_engines_registered_functions() =>
        new Engine().RegisterFn("bonus", (long x) => x * 10).CreateFunc<string, string>(Script, "greet")("ann").Should().Be("hello ann 20");

    [Test]
    public void Missing_or_private_functions_fail_at_creation()
    {
        var engine = new Engine();
        FluentActions.Invoking(() => engine.CreateFunc<long>(Script, "nope")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.FunctionNotFound);
        FluentActions.Invoking(() => engine.CreateFunc<long>(Script, "hidden")).Should().Throw<RuntimeException>();
        FluentActions.Invoking(() => engine.CreateFunc<long, long>(Script, "zero")).Should().Throw<RuntimeException>();
    }

    [Test]
    public void Script_errors_surface_as_script_exceptions()
    {
        var fail = new Engine().CreateFunc<long>(Script, "fail");
        FluentActions.Invoking(() => fail()).Should().Throw<RuntimeException>().Which.Value.Should().Be("boom");
    }

    [Test]
    public void Limits_apply_to_each_call()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxOperations = 1_000 } };
        var spin = engine.CreateFunc<long, long>(Script, "spin");
        spin(300).Should().Be(44_850);
        FluentActions.Invoking(() => spin(100_000)).Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.TooManyOperations);
        spin(300).Should().Be(44_850, "each call has its own operation count");
    }

    [Test]
    public void Can_be_called_concurrently_from_16_threads()
    {
        var fib = new Engine().CreateFunc<long, long>(Script, "fib");
        var greet = new Engine().RegisterFn("bonus", (long x) => x).CreateFunc<string, string>(Script, "greet");
        long[] expected = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610];
        var failures = 0;
        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                var n = (t + i) % 16;
                if (fib(n) != expected[n] || greet($"t{t}") != $"hello t{t} 2")
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        failures.Should().Be(0);
    }
}

public class PackageCompositionTests
{
    private sealed class PricingPackage : Package
    {
        protected override void Register(ModuleBuilder builder) =>
            builder
                .Combine(StandardPackage.Instance.AsSharedModule())
                .SetNativeFn("vat", (double x) => x * 0.2);
    }

    private sealed class ShopPackage : Package
    {
        public static readonly ShopPackage Instance = new();

        protected override void Register(ModuleBuilder builder) =>
            builder
                .Combine(new PricingPackage())
                .SetNativeFn("shipping", (double weight) => weight > 10 ? 5.0 : 0.0)
                .SetNativeFn("vat", (double x) => x * 0.25); // overrides the aggregated one
    }

    [Test]
    public void A_package_aggregates_the_standard_package_and_adds_functions()
    {
        var engine = Engine.CreateRaw().RegisterGlobalModule(new PricingPackage().AsSharedModule());
        engine.Eval<double>("let s = 0.0; for x in [10.0, 20.0].map(|x| vat(x)) { s += x } s").Should().BeApproximately(6.0, 1e-9);
    }

    [Test]
    public void Packages_nest_and_later_registrations_win()
    {
        var engine = Engine.CreateRaw().RegisterGlobalModule(ShopPackage.Instance.AsSharedModule());
        engine.Eval<double>("vat(100.0) + shipping(20.0)").Should().BeApproximately(30.0, 1e-9);
        engine.Eval<string>("\"abc\".to_upper()").Should().Be("ABC");
    }

    [Test]
    public void A_package_module_is_built_once_and_shared_across_threads()
    {
        var package = new PricingPackage();
        var modules = new Module[32];
        Parallel.For(0, modules.Length, i => modules[i] = package.AsSharedModule());
        modules.Distinct().Should().ContainSingle();
    }

    [Test]
    public void Several_global_modules_compose_later_first()
    {
        var a = new ModuleBuilder().SetNativeFn("who", () => "a").SetNativeFn("only_a", () => 1L).Build();
        var b = new ModuleBuilder().SetNativeFn("who", () => "b").Build();
        var engine = Engine.CreateRaw().RegisterGlobalModule(a).RegisterGlobalModule(b);
        engine.Eval<string>("who()").Should().Be("b");
        engine.Eval<long>("only_a()").Should().Be(1);
    }

    [Test]
    public void One_ast_runs_on_thousands_of_engines_across_threads()
    {
        var ast = new Engine().Compile("let total = 0; for i in 0..n { total += vat(i.to_float()) } total");
        var module = new PricingPackage().AsSharedModule();
        var results = new double[4_000];
        Parallel.For(0, results.Length, i =>
        {
            var scope = new Scope();
            scope.Push("n", (long)(i % 50));
            results[i] = Engine.CreateRaw().RegisterGlobalModule(module).Eval<double>(ast, scope);
        });
        for (var i = 0; i < results.Length; i++)
        {
            var n = i % 50;
            results[i].Should().BeApproximately(0.2 * n * (n - 1) / 2, 1e-9);
        }
    }
}
