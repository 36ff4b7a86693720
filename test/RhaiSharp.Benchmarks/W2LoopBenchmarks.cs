using BenchmarkDotNet.Attributes;
using Jint;
using NLua;
using RhaiSharp.Benchmarks.Infrastructure;
using JintEngine = Jint.Engine;

namespace RhaiSharp.Benchmarks;

/// <summary>W2: sum of <c>i</c> for <c>i</c> in <c>0..1_000_000</c>. NCalc and DynamicExpresso have no loops.</summary>
[MemoryDiagnoser]
public class W2LoopBenchmarks
{
    private long _n;
    private Engine _engine = null!;
    private Ast _ast = null!;
    private JintEngine _jint = null!;
    private Prepared<Acornima.Ast.Script> _jintScript;
    private Lua _lua = null!;
    private LuaFunction _luaChunk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _n = BenchmarkCheck.SmallSizes ? 1_000 : 1_000_000;
        _engine = new Engine();
        _ast = _engine.Compile($"let sum = 0; for i in 0..{_n} {{ sum += i; }} sum");
        _jint = new JintEngine();
        _jintScript = JintEngine.PrepareScript(
            // A function scope: a top-level `let sum` would still be declared on the second run of the same engine.
            $"(function () {{ let sum = 0; for (let i = 0; i < {_n}; i++) {{ sum += i; }} return sum; }})()");
        _lua = new Lua();
        _luaChunk = _lua.LoadString($"local sum = 0 for i = 0, {_n - 1} do sum = sum + i end return sum", "loop");

        BenchmarkCheck.Expect(_n * (_n - 1) / 2, CSharp(), "hand-written loop");
        BenchmarkCheck.VerifyAllPaths(this);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lua?.Dispose();
        _jint?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public long CSharp()
    {
        long sum = 0;
        for (long i = 0; i < _n; i++)
        {
            sum += i;
        }

        return sum;
    }

    [Benchmark]
    public long RhaiSharp() => _engine.Eval<long>(_ast);

    [Benchmark]
    public long Jint() => (long)_jint.Evaluate(_jintScript).AsNumber();

    [Benchmark]
    public long NLua() => (long)_luaChunk.Call()[0];
}
