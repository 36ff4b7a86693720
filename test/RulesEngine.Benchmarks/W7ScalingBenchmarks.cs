using BenchmarkDotNet.Attributes;
using RulesEngine.Benchmarks.Infrastructure;

namespace RulesEngine.Benchmarks;

/// <summary>
/// W7: W4's engine-per-call loop, 20,000 engines on one thread vs 10,000 on each of two threads.
/// Throughput ratio = OneThread time / TwoThreads time (target ≥ 1.8). The baseline here is our own one-thread run,
/// not C#: the question is how the engine scales. On a machine shared with other work the ratio is noisy.
/// </summary>
[MemoryDiagnoser]
public class W7ScalingBenchmarks
{
    public const int Engines = 20_000;

    private int _engines;
    private Ast _ast = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engines = BenchmarkCheck.SmallSizes ? 20 : Engines;
        _ast = new Engine().Compile(W4EnginePerCallBenchmarks.Rhai);
        BenchmarkCheck.Expect(42L * _engines, OneThread(), "one-thread engine loop");
        BenchmarkCheck.VerifyAllPaths(this);
    }

    [Benchmark(Baseline = true)]
    public long OneThread() => W4EnginePerCallBenchmarks.RunEngines(_ast, _engines);

    [Benchmark]
    public long TwoThreads()
    {
        long first = 0;
        var half = _engines / 2;
        var thread = new Thread(() => first = W4EnginePerCallBenchmarks.RunEngines(_ast, half));
        thread.Start();
        var second = W4EnginePerCallBenchmarks.RunEngines(_ast, _engines - half);
        thread.Join();
        return first + second;
    }
}
