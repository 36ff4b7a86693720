using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DynamicExpresso;
using Jint;
using NLua;
using RhaiSharp.Benchmarks.Infrastructure;
using JintEngine = Jint.Engine;
using NCalcExpression = NCalc.Expression;

namespace RhaiSharp.Benchmarks;

/// <summary>
/// W1: the rule <c>x &gt; 10 &amp;&amp; y &lt; 5 || name == "gold"</c> over 16 input combinations per invocation
/// (so nothing folds); every method returns how many of the 16 are true (7).
/// W1a: inputs in a host scope/context, steady state. W1b: a typed delegate. W1c: from text to a runnable rule.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class W1RuleBenchmarks
{
    public const string Rhai = """x > 10 && y < 5 || name == "gold" """;
    public const string RhaiFunction = """fn rule(x, y, name) { x > 10 && y < 5 || name == "gold" }""";
    public const string Js = "x > 10 && y < 5 || name == 'gold'";
    public const string JsFunction = "(function (x, y, name) { return x > 10 && y < 5 || name == 'gold'; })";
    public const string Lua = "return x > 10 and y < 5 or name == 'gold'";
    public const string LuaFunction = "function rule(x, y, name) return x > 10 and y < 5 or name == 'gold' end";
    public const string NCalcText = "x > 10 && y < 5 || name == 'gold'";
    public const string CSharp = "x > 10 && y < 5 || name == \"gold\"";

    private const int Combinations = 16;

    private static readonly Func<long, long, string, bool> HandWritten = static (x, y, name) => (x > 10 && y < 5) || name == "gold";

    private readonly long[] _x = new long[Combinations];
    private readonly long[] _y = new long[Combinations];
    private readonly string[] _name = new string[Combinations];
    private readonly object[][] _boxedArgs = new object[Combinations][];

    private Engine _engine = null!;
    private Ast _ruleAst = null!;
    private Scope[] _scopes = null!;
    private Func<long, long, string, bool> _ruleFunc = null!;

    private JintEngine _jint = null!;
    private Jint.Prepared<Acornima.Ast.Script> _jintPrepared;
    private Jint.Native.JsValue _jintFunction = null!;

    private Lua _lua = null!;
    private NLua.LuaFunction _luaChunk = null!;
    private NLua.LuaFunction _luaFunction = null!;

    private NCalcExpression _ncalc = null!;

    private Interpreter _interpreter = null!;
    private Lambda _dynamicLambda = null!;
    private Func<long, long, string, bool> _dynamicDelegate = null!;

    private Func<long, long, string, bool> _microsoftRule = null!;
    private Func<string, long, long, string, bool> _microsoftCompileAndRun = null!;

    [GlobalSetup]
    public void Setup()
    {
        string[] names = ["gold", "silver", "bronze", "platinum"];
        var i = 0;
        foreach (var x in new long[] { 5, 15 })
        {
            foreach (var y in new long[] { 3, 7 })
            {
                foreach (var name in names)
                {
                    (_x[i], _y[i], _name[i]) = (x, y, name);
                    _boxedArgs[i] = [x, y, name];
                    i++;
                }
            }
        }

        _engine = new Engine();
        _ruleAst = _engine.Compile(Rhai);
        _scopes = Enumerable.Range(0, Combinations).Select(k => new Scope().Push("x", _x[k]).Push("y", _y[k]).Push("name", _name[k])).ToArray();
        _ruleFunc = _engine.CreateFunc<long, long, string, bool>(_engine.Compile(RhaiFunction), "rule");

        _jint = new JintEngine();
        _jintPrepared = JintEngine.PrepareScript(Js);
        _jintFunction = _jint.Evaluate(JsFunction);

        _lua = new Lua();
        _luaChunk = _lua.LoadString(Lua, "rule");
        _lua.DoString(LuaFunction);
        _luaFunction = _lua.GetFunction("rule");

        _ncalc = new NCalcExpression(NCalcText);

        _interpreter = new Interpreter();
        _dynamicLambda = _interpreter.Parse(CSharp, new Parameter("x", typeof(long)), new Parameter("y", typeof(long)), new Parameter("name", typeof(string)));
        _dynamicDelegate = _interpreter.ParseAsDelegate<Func<long, long, string, bool>>(CSharp, "x", "y", "name");

        _microsoftRule = MicrosoftRulesEngineHost.Prepare(CSharp);
        _microsoftCompileAndRun = MicrosoftRulesEngineHost.CompileAndRun();

        BenchmarkCheck.Expect(7, ScopeCSharp(), "hand-written rule over the 16 combinations");
        BenchmarkCheck.VerifyAllPaths(this);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lua?.Dispose();
        _jint?.Dispose();
    }

    // ---------------- W1a: steady-state evaluation, inputs in a scope / context ----------------

    [Benchmark(Baseline = true, OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1a")]
    public int ScopeCSharp()
    {
        var n = 0;
        for (var i = 0; i < Combinations; i++)
        {
            n += HandWritten(_x[i], _y[i], _name[i]) ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1a")]
    public int ScopeRhaiSharp()
    {
        var n = 0;
        for (var i = 0; i < Combinations; i++)
        {
            n += _engine.Eval<bool>(_ruleAst, _scopes[i]) ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1a")]
    public int ScopeJint()
    {
        var n = 0;
        for (var i = 0; i < Combinations; i++)
        {
            _jint.SetValue("x", _x[i]).SetValue("y", _y[i]).SetValue("name", _name[i]);
            n += _jint.Evaluate(_jintPrepared).AsBoolean() ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1a")]
    public int ScopeNLua()
    {
        var n = 0;
        for (var i = 0; i < Combinations; i++)
        {
            _lua["x"] = _boxedArgs[i][0];
            _lua["y"] = _boxedArgs[i][1];
            _lua["name"] = _name[i];
            n += _luaChunk.Call()[0] is true ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1a")]
    public int ScopeNCalc()
    {
        var n = 0;
        for (var i = 0; i < Combinations; i++)
        {
            _ncalc.Parameters["x"] = _boxedArgs[i][0];
            _ncalc.Parameters["y"] = _boxedArgs[i][1];
            _ncalc.Parameters["name"] = _name[i];
            n += _ncalc.Evaluate() is true ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1a")]
    public int ScopeDynamicExpresso()
    {
        var n = 0;
        for (var i = 0; i < Combinations; i++)
        {
            n += _dynamicLambda.Invoke(_boxedArgs[i]) is true ? 1 : 0;
        }

        return n;
    }

    // ---------------- W1b: typed delegate ----------------

    /// <summary>Microsoft's RulesEngine: a workflow of one rule, executed with the inputs as rule parameters.</summary>
    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1a")]
    public int ScopeMicrosoftRulesEngine() => CountTrue(_microsoftRule);

    [Benchmark(Baseline = true, OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1b")]
    public int DelegateCSharp() => CountTrue(HandWritten);

    /// <summary>Through a typed delegate from <c>Engine.CreateFunc</c>.</summary>
    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1b")]
    public int DelegateRhaiSharp() => CountTrue(_ruleFunc);

    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1b")]
    public int DelegateJint()
    {
        var n = 0;
        for (var i = 0; i < Combinations; i++)
        {
            n += _jint.Invoke(_jintFunction, _x[i], _y[i], _name[i]).AsBoolean() ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1b")]
    public int DelegateNLua()
    {
        var n = 0;
        for (var i = 0; i < Combinations; i++)
        {
            n += _luaFunction.Call(_boxedArgs[i])[0] is true ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Combinations)]
    [BenchmarkCategory("W1b")]
    public int DelegateDynamicExpresso() => CountTrue(_dynamicDelegate);

    // ---------------- W1c: parse + compile, from text to a runnable rule (then one evaluation) ----------------

    /// <summary>The physical limit: the rule is already compiled C#; one evaluation.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("W1c")]
    public bool CompileCSharp() => HandWritten(15, 3, "silver");

    [Benchmark]
    [BenchmarkCategory("W1c")]
    public bool CompileRhaiSharp() => _engine.Eval<bool>(_engine.Compile(Rhai), _scopes[8]);

    [Benchmark]
    [BenchmarkCategory("W1c")]
    public bool CompileJint()
    {
        var prepared = JintEngine.PrepareScript(Js);
        _jint.SetValue("x", 15L).SetValue("y", 3L).SetValue("name", "silver");
        return _jint.Evaluate(prepared).AsBoolean();
    }

    [Benchmark]
    [BenchmarkCategory("W1c")]
    public bool CompileNLua()
    {
        using var chunk = _lua.LoadString(Lua, "rule");
        _lua["x"] = 15L;
        _lua["y"] = 3L;
        _lua["name"] = "silver";
        return chunk.Call()[0] is true;
    }

    [Benchmark]
    [BenchmarkCategory("W1c")]
    public bool CompileNCalc()
    {
        var e = new NCalcExpression(NCalcText, global::NCalc.ExpressionOptions.NoCache);
        e.Parameters["x"] = 15L;
        e.Parameters["y"] = 3L;
        e.Parameters["name"] = "silver";
        return e.Evaluate() is true;
    }

    [Benchmark]
    [BenchmarkCategory("W1c")]
    public bool CompileDynamicExpresso() =>
        _interpreter.ParseAsDelegate<Func<long, long, string, bool>>(CSharp, "x", "y", "name")(15, 3, "silver");

    [Benchmark]
    [BenchmarkCategory("W1c")]
    public bool CompileMicrosoftRulesEngine() => _microsoftCompileAndRun(CSharp, 15, 3, "silver");

    private int CountTrue(Func<long, long, string, bool> rule)
    {
        var n = 0;
        for (var i = 0; i < Combinations; i++)
        {
            n += rule(_x[i], _y[i], _name[i]) ? 1 : 0;
        }

        return n;
    }
}
