using System.Text;
using BenchmarkDotNet.Attributes;
using NLua;
using RhaiSharp.Benchmarks.Infrastructure;
using JintEngine = Jint.Engine;

namespace RhaiSharp.Benchmarks;

/// <summary>
/// W6: parse throughput on a large generated script (about 1 MB of Rhai: 10,000 small functions with lets, ifs,
/// loops, strings and calls), and the same program generated in JavaScript (Jint's parser) and Lua (NLua's
/// compiler). MB/s = <see cref="RhaiBytes"/> / mean time. Every method returns the number of functions it parsed.
/// The "hand-written C#" baseline is a single pass counting the <c>fn </c> headers: the cost of reading the text
/// once, a floor rather than a parser. NCalc and DynamicExpresso parse single expressions only.
/// </summary>
[MemoryDiagnoser]
public class W6ParseBenchmarks
{
    public const int FullFunctions = 10_000;

    private int _functions;
    private string _rhai = null!;
    private string _js = null!;
    private string _lua = null!;
    private Engine _engine = null!;
    private Lua _luaState = null!;

    /// <summary>Size of the generated Rhai script (UTF-8 bytes) at full size; printed by the setup for the README.</summary>
    public int RhaiBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _functions = BenchmarkCheck.SmallSizes ? 50 : FullFunctions;
        (_rhai, _js, _lua) = Generate(_functions);
        RhaiBytes = Encoding.UTF8.GetByteCount(_rhai);
        Console.WriteLine($"// W6: Rhai script {RhaiBytes} bytes, JS {_js.Length} chars, Lua {_lua.Length} chars, {_functions} functions");
        _engine = new Engine();
        _luaState = new Lua();
        BenchmarkCheck.VerifyAllPaths(this);
    }

    [GlobalCleanup]
    public void Cleanup() => _luaState?.Dispose();

    [Benchmark(Baseline = true)]
    public int CSharpScan() => _rhai.AsSpan().Count("\nfn ".AsSpan()) + (_rhai.StartsWith("fn ", StringComparison.Ordinal) ? 1 : 0);

    [Benchmark]
    public int RhaiSharp() => _engine.Compile(_rhai).Functions.Length;

    [Benchmark]
    public int Jint() => JintEngine.PrepareScript(_js).Program?.Body.Count(s => s is Acornima.Ast.FunctionDeclaration) ?? -1;

    /// <summary>Lua's compiler (luaL_loadstring) gives back a chunk, not a tree: the count is the generator's.</summary>
    [Benchmark]
    public int NLua()
    {
        using var chunk = _luaState.LoadString(_lua, "generated");
        return chunk is null ? -1 : _functions;
    }

    private static (string Rhai, string Js, string Lua) Generate(int functions)
    {
        var rhai = new StringBuilder();
        var js = new StringBuilder();
        var lua = new StringBuilder();
        for (var i = 0; i < functions; i++)
        {
            rhai.Append($"fn f{i}(x, y) {{\n    let total = x * {i % 97} + y / 3 - {i};\n    if total > {i % 50} && y != 0 {{\n        total -= 1;\n    }} else {{\n        total += f{Math.Max(i - 1, 0)}(y, x % 7);\n    }}\n    let label = \"item-{i}\";\n    for k in 0..3 {{ total += k; }}\n    total\n}}\n");
            js.Append($"function f{i}(x, y) {{\n    let total = x * {i % 97} + y / 3 - {i};\n    if (total > {i % 50} && y != 0) {{\n        total -= 1;\n    }} else {{\n        total += f{Math.Max(i - 1, 0)}(y, x % 7);\n    }}\n    let label = \"item-{i}\";\n    for (let k = 0; k < 3; k++) {{ total += k; }}\n    return total;\n}}\n");
            lua.Append($"function f{i}(x, y)\n    local total = x * {i % 97} + y // 3 - {i}\n    if total > {i % 50} and y ~= 0 then\n        total = total - 1\n    else\n        total = total + f{Math.Max(i - 1, 0)}(y, x % 7)\n    end\n    local label = \"item-{i}\"\n    for k = 0, 2 do total = total + k end\n    return total\nend\n");
        }

        return (rhai.ToString(), js.ToString(), lua.ToString());
    }
}
