using System.Diagnostics;
using CsCheck;
using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;
using RhaiSharp.Values;

namespace RhaiSharp.Tests.Safety;

/// <summary>
/// Generated and mutated scripts under tight limits: only ScriptException (or success) may come out, never a hang.
/// Long run: <c>RULES_FUZZ_ITERATIONS=1000000 dotnet test test/RhaiSharp.Tests --filter "FullyQualifiedName~Safety.FuzzTests"</c>.
/// </summary>
public class FuzzTests
{
    internal static readonly EngineOptions Tight = EngineOptions.Default with
    {
        MaxOperations = 10_000,
        MaxCallLevels = 16,
        MaxStringSize = 1_000,
        MaxArraySize = 1_000,
        MaxMapSize = 1_000,
        MaxVariables = 200,
        Timeout = TimeSpan.FromSeconds(1),
    };

    private static long Iterations(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("RULES_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : ciDefault;

    /// <summary>The outcome of one run: the result's debug text, or the error's type and kind.</summary>
    internal static string Outcome(Engine engine, string script)
    {
        // A hang must fail the test with the script, not hang CI: run on a worker and give up after a generous wait.
        var run = Task.Factory.StartNew(() => RawOutcome(engine, script), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!run.Wait(TimeSpan.FromSeconds(20)))
        {
            throw new AssertionException($"Hang: no result after 20 s for script:\n{script}");
        }

        return run.Result;
    }

    private static string RawOutcome(Engine engine, string script)
    {
        var sw = Stopwatch.StartNew();
        string outcome;
        try
        {
            var ast = engine.Compile(script);
            outcome = "ok: " + ValueFormatter.ToDebug(engine.Execute(ast, null, default));
        }
        catch (RuntimeException e)
        {
            outcome = $"runtime: {e.Kind}";
        }
        catch (ParseException e)
        {
            outcome = $"parse: {e.Kind}";
            if (Environment.GetEnvironmentVariable("RULES_FUZZ_SHOW_PARSE") is not null)
            {
                Console.WriteLine($"{e.Message}\n{script}\n");
            }
        }
        catch (ScriptException e)
        {
            outcome = $"script: {e.GetType().Name}";
        }
        catch (Exception e)
        {
            throw new AssertionException($"{e.GetType().Name} escaped the engine for script:\n{script}\n{e}");
        }

        // Timeout is 1 s; anything far beyond it is a hang (generous: the machine is shared).
        if (sw.Elapsed > TimeSpan.FromSeconds(10))
        {
            throw new AssertionException($"Run took {sw.Elapsed} for script:\n{script}");
        }

        return outcome;
    }

    private static Engine TightEngine(CompilerChoice compiler = CompilerChoice.Fast) =>
        new Engine { Options = Tight, Compiler = compiler }.OnPrint(_ => { }).OnDebug((_, _, _) => { });

    [Test]
    public void Generated_scripts_only_ever_raise_script_exceptions()
    {
        var iterations = Iterations(3_000);
        var count = 0L;
        var sw = Stopwatch.StartNew();

        Gen.Int.Sample(
            seed =>
            {
                var script = ScriptGenerator.Generate(seed);
                Outcome(TightEngine(), script);
                Interlocked.Increment(ref count);
            },
            iter: iterations,
            threads: 1,
            print: seed => $"seed {seed}:\n{ScriptGenerator.Generate(seed)}");

        TestContext.Out.WriteLine($"{count} scripts in {sw.Elapsed.TotalSeconds:0.0} s ({count / sw.Elapsed.TotalSeconds:0} scripts/s)");
    }

    [Test]
    public void Generated_scripts_give_the_same_outcome_under_both_compilers()
    {
        var iterations = Iterations(3_000) / 10;
        var fast = TightEngine(CompilerChoice.Fast);
        var system = TightEngine(CompilerChoice.System);

        Gen.Int.Sample(
            seed =>
            {
                var script = ScriptGenerator.Generate(seed);
                var a = Outcome(fast, script);
                var b = Outcome(system, script);

                // A timeout depends on the clock, not on the compiler.
                if (a != "runtime: Terminated" && b != "runtime: Terminated")
                {
                    a.Should().Be(b, $"both compilers must agree on:\n{script}");
                }
            },
            iter: iterations,
            threads: 1,
            print: seed => $"seed {seed}:\n{ScriptGenerator.Generate(seed)}");
    }

    [Test]
    public void The_generator_produces_mostly_runnable_scripts()
    {
        var outcomes = Enumerable.Range(0, 300).Select(seed => Outcome(TightEngine(), ScriptGenerator.Generate(seed))).ToList();

        // Not a correctness property, a usefulness one: the fuzzer must reach the runtime, not just the parser.
        outcomes.Count(o => !o.StartsWith("parse", StringComparison.Ordinal)).Should().BeGreaterThan(150, string.Join("\n", outcomes.GroupBy(o => o).Select(g => $"{g.Count()} {g.Key}")));
    }
}
