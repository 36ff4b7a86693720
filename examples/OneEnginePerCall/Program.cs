// Rhai's "one engine per call" pattern: the catalog (a package) and the script (an Ast) are built once and shared;
// each call gets its own nearly free engine.
using System.Diagnostics;
using RhaiSharp;
using RhaiSharp.Packages;
using RhaiSharp.Packages.Standard;

const int Engines = 10_000;

var module = PricingPackage.Instance.AsSharedModule();
var ast = new Engine().Compile("""
    let total = 0.0;
    for price in prices { total += price }
    total + vat(total)
    """);

double RunOnce(int i)
{
    var scope = new Scope();
    scope.Push("prices", new List<object?> { 10.0, 20.0, (double)(i % 10) });
    return Engine.CreateRaw().RegisterGlobalModule(module).Eval<double>(ast, scope);
}

RunOnce(0); // warm up: builds the package module and compiles the Ast once

var sw = Stopwatch.StartNew();
var sum = 0.0;
for (var i = 0; i < Engines; i++)
{
    sum += RunOnce(i);
}

sw.Stop();
Console.WriteLine($"loop:         {Engines:N0} engines in {sw.ElapsedMilliseconds} ms = {Engines / sw.Elapsed.TotalSeconds:N0} engines/s (checksum {sum:F1})");

var results = new double[Engines];
sw.Restart();
Parallel.For(0, Engines, i => results[i] = RunOnce(i));
sw.Stop();
Console.WriteLine($"Parallel.For: {Engines:N0} engines in {sw.ElapsedMilliseconds} ms = {Engines / sw.Elapsed.TotalSeconds:N0} engines/s (checksum {results.Sum():F1})");

/// <summary>A custom package: the standard library plus one native function.</summary>
internal sealed class PricingPackage : Package
{
    public static PricingPackage Instance { get; } = new();

    protected override void Register(ModuleBuilder builder) => builder
        .Combine(StandardPackage.Instance.AsSharedModule())
        .SetNativeFn("vat", (double amount) => Math.Round(amount * 0.2, 2));
}
