using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Benchmarks.Infrastructure;

namespace RhaiSharp.Tests.Benchmarks;

/// <summary>
/// Runs the benchmarks' <c>--check</c> mode in-process: every benchmark path once, at small sizes, with its result
/// compared to the hand-written C# baseline. A wrong benchmark fails the build; nothing here measures time.
/// </summary>
[TestFixture]
[NonParallelizable]
public class BenchmarkCheckTests
{
    [Test]
    public void Every_benchmark_class_is_checked() =>
        BenchmarkCheck.BenchmarkTypes.Select(t => t.Name).Should().Contain(
        [
            "W1RuleBenchmarks", "W2LoopBenchmarks", "W3RecursionBenchmarks", "W4EnginePerCallBenchmarks",
            "W5ScriptBenchmarks", "W6ParseBenchmarks", "W7ScalingBenchmarks", "W7ScalingServerGcBenchmarks",
        ]);

    [TestCaseSource(nameof(BenchmarkClasses))]
    public void Benchmark_results_match_hand_written_CSharp(string benchmarkClass)
    {
        var log = new StringWriter();
        var failures = BenchmarkCheck.RunAll(log, t => t.Name == benchmarkClass);
        TestContext.Out.Write(log.ToString());
        failures.Should().BeEmpty();
        log.ToString().Should().Contain("ok ");
    }

    private static IEnumerable<string> BenchmarkClasses() => BenchmarkCheck.BenchmarkTypes.Select(t => t.Name);
}
