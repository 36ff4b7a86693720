using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using RhaiSharp.DependencyInjection;
using RhaiSharp.Packages;
using RhaiSharp.Packages.Standard;

namespace RhaiSharp.Tests.Hosting;

public class DependencyInjectionTests
{
    public sealed class Tenant
    {
        private static int _next;

        public int Id { get; } = Interlocked.Increment(ref _next);
    }

    public sealed class TenantPackage(Tenant tenant) : Package
    {
        protected override void Register(ModuleBuilder builder) => builder.SetNativeFn("tenant_id", () => (long)tenant.Id);
    }

    public sealed class PricingPackage : Package
    {
        public static int Built;

        protected override void Register(ModuleBuilder builder)
        {
            Interlocked.Increment(ref Built);
            builder.SetNativeFn("vat", (double x) => x * 0.2);
        }
    }

    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Test]
    public void Engines_are_transient_and_share_one_singleton_catalog()
    {
        using var provider = Build(s => s.AddRhaiSharp(b => b.AddPackage<StandardPackage>().AddPackage<PricingPackage>()));
        var e1 = provider.GetRequiredService<Engine>();
        var e2 = provider.GetRequiredService<Engine>();
        e1.Should().NotBeSameAs(e2);
        e1.Should().NotBeAssignableTo<IDisposable>();
        provider.GetRequiredService<EngineCatalog>().Should().BeSameAs(provider.GetRequiredService<EngineCatalog>());
        provider.GetRequiredService<EngineCatalog>().Modules[0].Should().BeSameAs(StandardPackage.Instance.AsSharedModule());
        e1.Eval<double>("vat(10.0).abs()").Should().BeApproximately(2.0, 1e-9);
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<Engine>().Eval<double>("vat(20.0)").Should().BeApproximately(4.0, 1e-9);
    }

    [Test]
    public void Options_are_configured_through_the_options_pattern()
    {
        using var provider = Build(s => s.AddRhaiSharp(b => b.AddPackage<StandardPackage>().Configure(o => o with { MaxOperations = 50 })));
        provider.GetRequiredService<IOptions<EngineOptions>>().Value.MaxOperations.Should().Be(50);
        var engine = provider.GetRequiredService<Engine>();
        engine.Options.MaxOperations.Should().Be(50);
        FluentActions.Invoking(() => engine.Run("let s = 0; for i in 0..1000 { s += i }"))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.TooManyOperations);
    }

    [Test]
    public void Option_changes_apply_in_registration_order()
    {
        using var provider = Build(s => s.AddRhaiSharp(b => b
            .Configure(o => o with { MaxOperations = 50, StrictVariables = true })
            .Configure(o => o with { MaxOperations = o.MaxOperations * 2 })));

        var options = provider.GetRequiredService<IOptions<EngineOptions>>().Value;

        options.MaxOperations.Should().Be(100);
        options.Language.StrictVariables.Should().BeTrue();
        EngineOptions.Default.MaxOperations.Should().Be(0, "the shared defaults are never changed");
    }

    [Test]
    public void Options_bind_from_configuration_before_the_changes()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RhaiSharp:MaxOperations"] = "70",
            ["RhaiSharp:Timeout"] = "00:00:02",
            ["RhaiSharp:Language:StrictVariables"] = "true",
        }).Build();
        using var provider = Build(s =>
        {
            // What OptionsBuilder.Bind does (Microsoft.Extensions.Options.ConfigurationExtensions).
            s.AddSingleton<IConfigureOptions<EngineOptions>>(new ConfigureNamedOptions<EngineOptions>(
                Microsoft.Extensions.Options.Options.DefaultName, o => configuration.GetSection("RhaiSharp").Bind(o)));
            s.AddRhaiSharp(b => b.Configure(o => o with { MaxCallLevels = 5 }));
        });

        var options = provider.GetRequiredService<IOptions<EngineOptions>>().Value;

        options.Limits.Should().Be(RuntimeLimits.Default with { MaxOperations = 70, Timeout = TimeSpan.FromSeconds(2), MaxCallLevels = 5 });
        options.StrictVariables.Should().BeTrue();
        EngineOptions.Default.Should().Be(new EngineOptions(), "binding fills a fresh record");
        LanguageOptions.Default.StrictVariables.Should().BeFalse("binding never writes into the shared parts");
        FluentActions.Invoking(() => provider.GetRequiredService<Engine>().Compile("undefined_variable"))
            .Should().Throw<ParseException>();
    }

    [Test]
    public void Adding_twice_is_harmless()
    {
        var before = PricingPackage.Built;
        using var provider = Build(s =>
        {
            s.AddRhaiSharp(b => b.AddPackage<PricingPackage>());
            s.AddRhaiSharp(b => b.AddPackage<PricingPackage>().AddPackage<StandardPackage>());
        });
        provider.GetRequiredService<EngineCatalog>().Modules.Should().HaveCount(2);
        Parallel.For(0, 64, _ => provider.GetRequiredService<Engine>().Eval<double>("vat(1.0)"));
        (PricingPackage.Built - before).Should().Be(1, "a singleton package builds its module once");
    }

    [Test]
    public void A_scoped_package_cannot_be_resolved_from_the_root()
    {
        using var provider = Build(s => s.AddRhaiSharp(b => b.AddPackage<StandardPackage>().AddPackage<TenantPackage>(ServiceLifetime.Scoped)).Services.AddScoped<Tenant>());
        FluentActions.Invoking(() => provider.GetRequiredService<Engine>()).Should().Throw<InvalidOperationException>();
    }

    [Test]
    public void Scoped_functions_see_their_own_scopes_services_across_many_scopes_and_threads()
    {
        using var provider = Build(s =>
        {
            s.AddScoped<Tenant>();
            s.AddRhaiSharp(b => b.AddPackage<StandardPackage>().AddPackage<TenantPackage>(ServiceLifetime.Scoped));
        });
        var cache = provider.GetRequiredService<IScriptCache>();
        const string script = "let ids = []; for i in 0..3 { ids.push(tenant_id()) } ids[0] + ids[1] + ids[2]";
        var failures = 0;
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 500, new ParallelOptions { MaxDegreeOfParallelism = 16 }, _ =>
        {
            using var scope = provider.CreateScope();
            var tenant = scope.ServiceProvider.GetRequiredService<Tenant>();
            seen.Add(tenant.Id);
            var ast = cache.GetOrCompile(script);
            for (var i = 0; i < 3; i++)
            {
                var engine = scope.ServiceProvider.GetRequiredService<Engine>();
                if (engine.Eval<long>(ast) != 3L * tenant.Id)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        failures.Should().Be(0);
        seen.Distinct().Should().HaveCount(500);
        cache.Count.Should().Be(1, "one compiled script serves every scope and catalog");
    }

    [Test]
    public void Scoped_package_is_built_once_per_scope()
    {
        using var provider = Build(s =>
        {
            s.AddScoped<Tenant>();
            s.AddRhaiSharp(b => b.AddPackage<TenantPackage>(ServiceLifetime.Scoped).AddPackage<PricingPackage>());
        });
        using var scope = provider.CreateScope();
        var p1 = scope.ServiceProvider.GetRequiredService<TenantPackage>();
        scope.ServiceProvider.GetRequiredService<Engine>().Eval<double>("vat(2.0) + tenant_id()");
        scope.ServiceProvider.GetRequiredService<TenantPackage>().Should().BeSameAs(p1);
        using var other = provider.CreateScope();
        other.ServiceProvider.GetRequiredService<TenantPackage>().Should().NotBeSameAs(p1);
    }

    [Test]
    public void Factory_and_instance_packages()
    {
        var instance = new PricingPackage();
        using var provider = Build(s => s.AddRhaiSharp(b => b
            .AddPackage(instance)
            .AddPackage(_ => new TenantPackage(new Tenant()))));
        provider.GetRequiredService<Engine>().Eval<long>("tenant_id()").Should().BeGreaterThan(0);
        provider.GetRequiredService<PricingPackage>().Should().BeSameAs(instance);
    }

    [Test]
    public void Script_cache_does_not_keep_parse_errors()
    {
        using var provider = Build(s => s.AddRhaiSharp());
        var cache = provider.GetRequiredService<IScriptCache>();
        FluentActions.Invoking(() => cache.GetOrCompile("let = ;")).Should().Throw<ParseException>();
        cache.Count.Should().Be(0);
        cache.GetOrCompile("1 + 1").Should().BeSameAs(cache.GetOrCompile("1 + 1"));
    }

    [Test]
    public void Transient_engines_on_16_threads_all_get_correct_results()
    {
        using var provider = Build(s => s.AddRhaiSharp(b => b.AddPackage<StandardPackage>().AddPackage<PricingPackage>()));
        var ast = provider.GetRequiredService<IScriptCache>().GetOrCompile("let t = 0.0; for i in 0..n { t += vat(i.to_float()) } t");
        var failures = 0;
        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                var scope = new Scope();
                var n = (t * 250 + i) % 40;
                scope.Push("n", (long)n);
                var result = provider.GetRequiredService<Engine>().Eval<double>(ast, scope);
                if (Math.Abs(result - 0.2 * n * (n - 1) / 2) > 1e-9)
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
