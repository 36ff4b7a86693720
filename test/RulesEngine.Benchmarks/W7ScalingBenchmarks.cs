using BenchmarkDotNet.Attributes;
using RulesEngine.Benchmarks.Infrastructure;

namespace RulesEngine.Benchmarks;

/// <summary>
/// W7: W4's engine-per-call loop, 200,000 engines on one thread vs 100,000 on each of two threads (the caller's and a pool thread).
/// Throughput ratio = OneThread time / TwoThreads time (target ≥ 1.8). The baseline here is our own one-thread run,
/// not C#: the question is how the engine scales. On a machine shared with other work the ratio is noisy.
/// </summary>
[MemoryDiagnoser]
public class W7ScalingBenchmarks
{
    public const int Engines = 200_000;

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
        // The second half runs on a pool thread (warm after the first iteration): starting a thread per
        // invocation would cost as much as a tenth of the work being measured.
        var half = _engines / 2;
        var first = Task.Run(() => W4EnginePerCallBenchmarks.RunEngines(_ast, half));
        var second = W4EnginePerCallBenchmarks.RunEngines(_ast, _engines - half);
        return first.Result + second;
    }
}

/// <summary>
/// W7 with the server garbage collector (ASP.NET Core's default): one heap and allocator per core. Each engine is a
/// 48-byte object; with the workstation collector a loop that does nothing but allocate objects of that size scales
/// only 1.0–1.4× on two threads of this machine, so W7 measures the collector as much as the engine there.
/// </summary>
[GcServer(true)]
public class W7ScalingServerGcBenchmarks : W7ScalingBenchmarks;
