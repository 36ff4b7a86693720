using BenchmarkDotNet.Attributes;
using Jint;
using NLua;
using RhaiSharp.Benchmarks.Infrastructure;
using JintEngine = Jint.Engine;

namespace RhaiSharp.Benchmarks;

/// <summary>W3: <c>fib(25)</c> with a script function. NCalc and DynamicExpresso cannot define functions.</summary>
[MemoryDiagnoser]
public class W3RecursionBenchmarks
{
    private long _n;
    private Engine _engine = null!;
    private Ast _ast = null!;
    private JintEngine _jint = null!;
    private Jint.Native.JsValue _jintFib = null!;
    private Lua _lua = null!;
    private LuaFunction _luaFib = null!;

    [GlobalSetup]
    public void Setup()
    {
        _n = BenchmarkCheck.SmallSizes ? 15 : 25;
        _engine = new Engine();
        _ast = _engine.Compile("fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }");
        _jint = new JintEngine();
        _jint.Execute("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }");
        _jintFib = _jint.GetValue("fib");
        _lua = new Lua();
        _lua.DoString("function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end");
        _luaFib = _lua.GetFunction("fib");

        BenchmarkCheck.Expect(_n == 25 ? 75_025L : 610L, CSharp(), "hand-written fib");
        BenchmarkCheck.VerifyAllPaths(this);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lua?.Dispose();
        _jint?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public long CSharp() => Fib(_n);

    [Benchmark]
    public long RhaiSharp() => _engine.CallFn<long>(_ast, "fib", _n);

    [Benchmark]
    public long Jint() => (long)_jint.Invoke(_jintFib, _n).AsNumber();

    [Benchmark]
    public long NLua() => (long)_luaFib.Call(_n)[0];

    private static long Fib(long n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
}
