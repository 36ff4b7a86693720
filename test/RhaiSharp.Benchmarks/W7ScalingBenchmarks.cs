using BenchmarkDotNet.Attributes;
using RhaiSharp.Benchmarks.Infrastructure;
using RhaiSharp.Packages.Standard;

namespace RhaiSharp.Benchmarks;

/// <summary>
/// W7: W4's engine-per-call loop, 200,000 engines on one thread vs two threads (the caller's and a dedicated thread, see
/// <see cref="SecondThread"/>). Throughput ratio = OneThread time / TwoThreads time (target ≥ 1.8).
/// The same is run for W4's hand-written C# loop (a <c>new object()</c> and a delegate call per engine) and for an engine
/// reused for a whole chunk of runs (nothing allocated per run): they show, in the same run, how far this machine lets an
/// allocating loop and a non-allocating one scale.
/// </summary>
/// <remarks>
/// The threads take the engines in chunks of 1,000 from a shared counter rather than half each, so the time is that of
/// two threads' throughput, not of the slower thread: split in halves, a thread slowed for a moment by a neighbour on the
/// host (10% of rounds ran 25% slower here, on one thread alone) holds up the whole round. Fifteen iterations instead of
/// the short run's three: a ratio of two means is twice as exposed to noise.
/// </remarks>
[MemoryDiagnoser]
[IterationCount(15)]
public class W7ScalingBenchmarks
{
    public const int Engines = 200_000;
    private const int Chunk = 1_000;

    private int _engines;
    private Ast _ast = null!;
    private SecondThread? _second;
    private int _taken;

    [GlobalSetup]
    public void Setup()
    {
        _second ??= new SecondThread();
        _engines = BenchmarkCheck.SmallSizes ? 20 : Engines;
        _ast = new Engine().Compile(W4EnginePerCallBenchmarks.Rhai);
        BenchmarkCheck.Expect(42L * _engines, OneThread(), "one-thread engine loop");
        BenchmarkCheck.VerifyAllPaths(this);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _second?.Dispose();
        _second = null;
    }

    [Benchmark(Baseline = true)]
    public long OneThread() => OnOneThread(RunEngines);

    [Benchmark]
    public long TwoThreads() => OnTwoThreads(RunEngines);

    [Benchmark]
    public long CSharpOneThread() => OnOneThread(W4EnginePerCallBenchmarks.HandWrittenLoop);

    [Benchmark]
    public long CSharpTwoThreads() => OnTwoThreads(W4EnginePerCallBenchmarks.HandWrittenLoop);

    [Benchmark]
    public long ReusedEngineOneThread() => OnOneThread(RunReusedEngine);

    [Benchmark]
    public long ReusedEngineTwoThreads() => OnTwoThreads(RunReusedEngine);

    private long RunEngines(int count) => W4EnginePerCallBenchmarks.RunEngines(_ast, count);

    private long RunReusedEngine(int count)
    {
        var engine = Engine.CreateRaw().RegisterGlobalModule(StandardPackage.Instance.AsSharedModule());
        long sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += engine.Eval<long>(_ast);
        }

        return sum;
    }

    private long OnOneThread(Func<int, long> loop)
    {
        _taken = 0;
        return TakeChunks(loop);
    }

    private long OnTwoThreads(Func<int, long> loop)
    {
        _taken = 0;
        _second!.Begin(() => TakeChunks(loop));
        var mine = TakeChunks(loop);
        return _second.End() + mine;
    }

    /// <summary>Runs <paramref name="loop"/> over chunks of the engines until none are left; returns the sum of its results.</summary>
    private long TakeChunks(Func<int, long> loop)
    {
        long sum = 0;
        int start;
        while ((start = Interlocked.Add(ref _taken, Chunk) - Chunk) < _engines)
        {
            sum += loop(Math.Min(Chunk, _engines - start));
        }

        return sum;
    }
}

/// <summary>
/// W7 with the server garbage collector (ASP.NET Core's default): one heap and allocator per core. Each engine is a
/// 24-byte object; with the workstation collector W4's hand-written loop, which allocates as much, scales no better
/// than the engine loop on two threads of this machine, so W7 measures the collector as much as the engine there.
/// </summary>
[GcServer(true)]
public class W7ScalingServerGcBenchmarks : W7ScalingBenchmarks;
