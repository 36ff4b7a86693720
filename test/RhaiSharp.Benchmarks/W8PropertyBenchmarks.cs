using BenchmarkDotNet.Attributes;
using RhaiSharp.Benchmarks.Infrastructure;

namespace RhaiSharp.Benchmarks;

/// <summary>
/// W8: a rule reading properties of order lines — <c>for l in lines { if l.quantity &gt; 2 { n += l.quantity } }</c> —
/// over .NET records bound with <c>RegisterType&lt;T&gt;()</c>, against the same rule over object maps (what a host
/// passes without binding) and hand-written C# over the records (issue 18: a bound property read should cost no more
/// than 2× a map key read).
/// </summary>
[MemoryDiagnoser]
public class W8PropertyBenchmarks
{
    public sealed record Line(string Sku, long Quantity);

    private const string Rule = "let n = 0; for l in lines { if l.quantity > 2 { n += l.quantity; } } n";

    private List<Line> _records = null!;
    private Engine _engine = null!;
    private Ast _ast = null!;
    private Scope _recordScope = null!;
    private Scope _mapScope = null!;

    [GlobalSetup]
    public void Setup()
    {
        var count = BenchmarkCheck.SmallSizes ? 10 : 1_000;
        _records = [.. Enumerable.Range(0, count).Select(i => new Line($"S{i}", i % 7))];
        _engine = new Engine().RegisterType<Line>();
        _ast = _engine.Compile(Rule);
        _recordScope = new Scope().Push("lines", _records.Cast<object?>().ToList());
        _mapScope = new Scope().Push("lines", _records.Select(l => (object?)new Dictionary<string, object?> { ["sku"] = l.Sku, ["quantity"] = l.Quantity }).ToList());

        BenchmarkCheck.Expect(_records.Where(l => l.Quantity > 2).Sum(l => l.Quantity), CSharp(), "hand-written rule");
        BenchmarkCheck.VerifyAllPaths(this);
    }

    [Benchmark(Baseline = true)]
    public long CSharp()
    {
        long n = 0;
        foreach (var l in _records)
        {
            if (l.Quantity > 2)
            {
                n += l.Quantity;
            }
        }

        return n;
    }

    [Benchmark]
    public long RhaiSharpRecords() => _engine.Eval<long>(_ast, _recordScope);

    [Benchmark]
    public long RhaiSharpMaps() => _engine.Eval<long>(_ast, _mapScope);
}
