using BenchmarkDotNet.Attributes;
using Jint;
using NLua;
using RhaiSharp.Benchmarks.Infrastructure;
using RhaiSharp.Packages.Standard;
using JintEngine = Jint.Engine;

namespace RhaiSharp.Benchmarks;

/// <summary>
/// W4: one engine per call — create an engine, register the shared standard package, run a small pre-compiled
/// script (<c>let x = 40; x + 2</c>), discard. 1,000 engines per invocation; figures are per engine.
/// The baseline is a hand-written <c>new object()</c> + delegate call. NCalc and DynamicExpresso have no engine
/// object to create per call (their compiled expressions are already standalone).
/// </summary>
[MemoryDiagnoser]
public class W4EnginePerCallBenchmarks
{
    public const int Engines = 1_000;
    public const string Rhai = "let x = 40; x + 2";

    private static readonly Func<object, long> HandWritten = static o => o is null ? 0 : 42;

    private int _engines;
    private Ast _ast = null!;
    private Prepared<Acornima.Ast.Script> _jintScript;

    [GlobalSetup]
    public void Setup()
    {
        _engines = BenchmarkCheck.SmallSizes ? 10 : Engines;
        _ast = new Engine().Compile(Rhai);
        _jintScript = JintEngine.PrepareScript("let x = 40; x + 2");
        BenchmarkCheck.Expect(42L * _engines, CSharp(), "hand-written engine loop");
        BenchmarkCheck.VerifyAllPaths(this);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Engines)]
    public long CSharp() => HandWrittenLoop(_engines);

    [Benchmark(OperationsPerInvoke = Engines)]
    public long RhaiSharp() => RunEngines(_ast, _engines);

    [Benchmark(OperationsPerInvoke = Engines)]
    public long Jint()
    {
        long sum = 0;
        for (var i = 0; i < _engines; i++)
        {
            using var engine = new JintEngine();
            sum += (long)engine.Evaluate(_jintScript).AsNumber();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Engines)]
    public long NLua()
    {
        long sum = 0;
        for (var i = 0; i < _engines; i++)
        {
            using var lua = new Lua();
            sum += (long)lua.DoString("local x = 40 return x + 2")[0];
        }

        return sum;
    }

    /// <summary>The hand-written loop: an object per engine and a delegate call. Shared by W4 and W7.</summary>
    public static long HandWrittenLoop(int count)
    {
        long sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += HandWritten(new object());
        }

        return sum;
    }

    /// <summary>The seed's loop: shared by W4 and W7.</summary>
    public static long RunEngines(Ast ast, int count)
    {
        long sum = 0;
        for (var i = 0; i < count; i++)
        {
            var engine = Engine.CreateRaw();
            engine.RegisterGlobalModule(StandardPackage.Instance.AsSharedModule());
            sum += engine.Eval<long>(ast);
        }

        return sum;
    }
}
