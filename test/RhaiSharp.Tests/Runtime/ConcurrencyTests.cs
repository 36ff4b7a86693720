using System.Collections.Concurrent;
using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Runtime;

/// <summary>One compiled Ast is shared by many engines on many threads: every result must be right.</summary>
public class ConcurrencyTests
{
    private const string Script = """
        fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
        let counter = 0;
        let add = |x| { counter += x; counter };
        for i in 0..seed { add.call(i); }
        let words = [];
        for i in 0..5 { words.push(`w${i + seed}`); }
        #{ fib: fib(seed % 15), total: counter, last: words[-1] }
        """;

    [Test]
    public void Sixteen_threads_share_one_ast_with_closures_and_functions()
    {
        var ast = new Engine().Compile(Script);
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, thread =>
        {
            for (var run = 0; run < 200; run++)
            {
                var seed = (long)(thread * 1000 + run) % 97;
                var engine = Engine.CreateRaw();
                engine.RegisterGlobalModule(RhaiSharp.Packages.Standard.StandardPackage.Instance.AsSharedModule());
                var result = (IDictionary<string, object?>)engine.Eval<object?>(ast, new Scope().Push("seed", seed))!;
                var expected = (Fib(seed % 15), seed * (seed - 1) / 2, $"w{4 + seed}");
                if (!Equals(result["fib"], expected.Item1) || !Equals(result["total"], expected.Item2) || !Equals(result["last"], expected.Item3))
                {
                    failures.Add($"seed {seed}: {result["fib"]}, {result["total"]}, {result["last"]}");
                }
            }
        });

        failures.Should().BeEmpty();
    }

    [Test]
    public void Engines_created_on_many_threads_with_alternating_modules_each_use_their_own()
    {
        var ast = new Engine().Compile("f(1) + f(2)");
        var modules = Enumerable.Range(1, 3)
            .Select(k => new RhaiSharp.Packages.ModuleBuilder().SetNativeFn("f", (long x) => x * k).Build())
            .ToArray();
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (var run = 0; run < 2_000; run++)
            {
                var k = (thread + run) % 3;
                var result = Engine.CreateRaw().RegisterGlobalModule(modules[k]).Eval<long>(ast);
                if (result != 3 * (k + 1))
                {
                    failures.Add($"thread {thread} run {run}: module {k + 1} gave {result}");
                }
            }
        });

        failures.Should().BeEmpty();
    }

    [Test]
    public void Errors_on_one_thread_do_not_disturb_others()
    {
        var good = new Engine().Compile("let s = 0; for i in 0..100 { s += i } s");
        var bad = new Engine().Compile("let a = [1]; a[5]");
        var results = new ConcurrentBag<long>();
        var errors = 0;
        Parallel.For(0, 400, i =>
        {
            var engine = new Engine();
            if (i % 2 == 0)
            {
                results.Add(engine.Eval<long>(good));
            }
            else
            {
                try
                {
                    engine.Run(bad);
                }
                catch (RuntimeException e) when (e.Kind == RuntimeErrorKind.ArrayBounds)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });

        results.Should().HaveCount(200).And.OnlyContain(r => r == 4950);
        errors.Should().Be(200);
    }

    private static long Fib(long n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
}

public class CallSiteCacheTests
{
    [Test]
    public void A_shared_ast_calls_each_engines_own_function()
    {
        var ast = new Engine().Compile("f(1) + f(2)");
        var one = new RhaiSharp.Packages.ModuleBuilder().SetNativeFn("f", (long x) => x).Build();
        var ten = new RhaiSharp.Packages.ModuleBuilder().SetNativeFn("f", (long x) => x * 10).Build();

        for (var i = 0; i < 3; i++)
        {
            Engine.CreateRaw().RegisterGlobalModule(one).Eval<long>(ast).Should().Be(3);
            Engine.CreateRaw().RegisterGlobalModule(ten).Eval<long>(ast).Should().Be(30);
        }
    }

    [Test]
    public void A_call_site_picks_the_overload_for_each_argument_type()
    {
        var module = new RhaiSharp.Packages.ModuleBuilder()
            .SetNativeFn("kind", (long _) => "int")
            .SetNativeFn("kind", (string _) => "string")
            .Build();
        var ast = new Engine().Compile("let out = []; for x in [1, \"a\", 2, \"b\"] { out.push(kind(x)); } out");
        var engine = new Engine().RegisterGlobalModule(module);

        ((IList<object?>)engine.Eval<object?>(ast)!).Should().Equal("int", "string", "int", "string");
    }
}
