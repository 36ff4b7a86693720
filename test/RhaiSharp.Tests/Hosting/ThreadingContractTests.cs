using System.Collections.Concurrent;
using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Hosting;

/// <summary>The documented threading contract of <see cref="Engine"/>: runs are thread-safe; a run keeps the configuration it started with.</summary>
[TestFixture]
public class ThreadingContractTests
{
    [Test]
    public void A_run_that_reconfigures_its_engine_keeps_the_configuration_it_started_with()
    {
        var engine = new Engine();
        engine.RegisterFn("tighten", () =>
        {
            engine.Options = engine.Options with { MaxOperations = 10 };
            return 0L;
        });

        engine.Eval<long>("tighten(); let s = 0; for i in 0..100 { s += i; } s").Should().Be(4950);
        engine.Invoking(e => e.Eval<long>("let s = 0; for i in 0..100 { s += i; } s")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.TooManyOperations);
    }

    [Test]
    public void A_function_registered_during_a_run_is_callable_from_the_next_run()
    {
        var engine = new Engine();
        engine.RegisterFn("define", () =>
        {
            engine.RegisterFn("late", () => 5L);
            return 0L;
        });

        engine.Invoking(e => e.Eval<long>("define(); late()")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.FunctionNotFound);
        engine.Eval<long>("late()").Should().Be(5);
    }

    [Test]
    public void Runs_on_other_threads_see_a_whole_configuration_while_one_thread_reconfigures()
    {
        var engine = new Engine();
        var ast = engine.Compile("let s = 0; for i in 0..200 { s += i; } s");
        var failures = new ConcurrentBag<Exception>();
        using var stop = new CancellationTokenSource();
        var runners = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    engine.Eval<long>(ast).Should().Be(19900);
                }
                catch (RuntimeException e) when (e.Kind == RuntimeErrorKind.TooManyOperations)
                {
                    // The tight configuration was the one this run started with.
                }
                catch (Exception e)
                {
                    failures.Add(e);
                }
            }
        })).ToArray();

        for (var i = 0; i < 2_000; i++)
        {
            engine.Options = engine.Options with { MaxOperations = i % 2 == 0 ? 0 : 50 };
            engine.RegisterFn("f" + (i % 50), () => 1L);
        }

        stop.Cancel();
        Task.WaitAll(runners);
        failures.Should().BeEmpty();
    }
}
