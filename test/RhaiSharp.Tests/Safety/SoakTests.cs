using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety;

/// <summary>
/// Many threads run shared Asts on fresh engines, mixing valid, failing and limit-hitting scripts; every result is
/// checked and the heap must not grow without bound. <c>RULES_SOAK_SECONDS</c> scales the run (default 5).
/// </summary>
public class SoakTests
{
    private sealed record Case(Ast Ast, Func<Engine, string> Run, string Expected);

    [Test]
    public void Shared_asts_on_fresh_engines_from_many_threads()
    {
        var seconds = double.TryParse(Environment.GetEnvironmentVariable("RULES_SOAK_SECONDS"), out var s) && s > 0 ? s : 5;
        var options = EngineOptions.Default with { MaxOperations = 50_000, MaxStringSize = 10_000, MaxArraySize = 10_000, Timeout = TimeSpan.FromSeconds(5) };
        var compiler = new Engine { Options = options };

        static string Outcome(Engine engine, Ast ast)
        {
            try
            {
                return "ok " + engine.Eval<object?>(ast);
            }
            catch (RuntimeException e)
            {
                return "error " + e.Kind;
            }
        }

        Case Make(string script, string expected)
        {
            var ast = compiler.Compile(script);
            return new Case(ast, e => Outcome(e, ast), expected);
        }

        var cases = new[]
        {
            Make("fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } } fib(15)", "ok 610"),
            Make("let m = #{}; for i in 0..100 { m[`k${i}`] = i } m.values().reduce(|s, v| s + v, 0)", "ok 4950"),
            Make("let a = []; for i in 0..200 { a.push(200 - i) } a.sort(); a[0] + a[199]", "ok 201"),
            Make("let s = \"\"; for i in 0..50 { s += i.to_string() } s.len()", "ok 90"),
            Make("let x = 1; x / 0", "error Arithmetic"),
            Make("throw \"boom\"", "error Thrown"),
            Make("let a = [1]; a[5]", "error ArrayBounds"),
            Make("loop { }", "error TooManyOperations"),
            Make("let s = \"x\"; loop { s += s }", "error DataTooLarge"),
            Make("fn f() { f() } f()", "error StackOverflow"),
            Make("let a = []; loop { a.push(a.len()) }", "error DataTooLarge"),
            Make("let r = 0; try { throw 1 } catch (e) { r = e + 1 } r", "ok 2"),
        };

        var deadline = Stopwatch.StartNew();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        long runs = 0;
        long heapAfterWarmup = 0;

        void Worker(int seed, TimeSpan until)
        {
            var random = new Random(seed);
            while (deadline.Elapsed < until)
            {
                var c = cases[random.Next(cases.Length)];
                var engine = new Engine { Options = options }.OnPrint(_ => { });
                var outcome = c.Run(engine);
                if (outcome != c.Expected)
                {
                    failures.Enqueue($"expected {c.Expected}, got {outcome}");
                }

                Interlocked.Increment(ref runs);
            }
        }

        var threads = Math.Max(4, Environment.ProcessorCount * 2);
        var warmup = TimeSpan.FromSeconds(seconds / 5);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => Worker(i, warmup));
        heapAfterWarmup = GC.GetTotalMemory(true);

        var total = TimeSpan.FromSeconds(seconds);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => Worker(1000 + i, total));
        var heapAtEnd = GC.GetTotalMemory(true);

        TestContext.Out.WriteLine($"{runs} runs on {threads} threads in {deadline.Elapsed.TotalSeconds:0.0} s; heap {heapAfterWarmup / 1024} KiB after warm-up, {heapAtEnd / 1024} KiB at the end");
        failures.Should().BeEmpty();
        heapAtEnd.Should().BeLessThan(heapAfterWarmup + (64L << 20), "memory must not grow without bound");
    }
}
