using System.Collections;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using RhaiSharp.Benchmarks.Infrastructure;

namespace RhaiSharp.Benchmarks;

/// <summary>
/// W5: Rhai's own benchmark scripts (test/corpus/scripts), run in-process with print output discarded,
/// against a hand-written C# version of each. Every method returns the script's answer, read from the scope
/// after the run (top-level variables join the host scope). Check mode scales the parameters down in a copy.
/// Peers would need the scripts translated by hand; they are compared on W1-W4 and W6 instead.
/// </summary>
[MemoryDiagnoser]
public partial class W5ScriptBenchmarks
{
    private Engine _engine = null!;
    private Ast _ast = null!;
    private Func<object> _handWritten = null!;
    private Func<Scope, object> _answer = null!;

    [Params("fibonacci", "primes", "mat_mul", "strings_map", "for2", "speed_test")]
    public string Script { get; set; } = "fibonacci";

    [GlobalSetup]
    public void Setup()
    {
        var small = BenchmarkCheck.SmallSizes;
        var text = ScriptFiles.Read(Script);
        switch (Script)
        {
            case "fibonacci":
                var (target, repeat) = small ? (15, 2) : (28, 5);
                text = Replace(text, "const TARGET = 28;", $"const TARGET = {target};");
                text = Replace(text, "const REPEAT = 5;", $"const REPEAT = {repeat};");
                _handWritten = () => Fibonacci(target, repeat);
                _answer = s => s.Get<long>("result");
                break;
            case "primes":
                var max = small ? 1_000 : 1_000_000;
                text = Replace(text, "const MAX_NUMBER_TO_CHECK = 1_000_000;", $"const MAX_NUMBER_TO_CHECK = {max};");
                _handWritten = () => Primes(max);
                _answer = s => s.Get<long>("total_primes_found");
                break;
            case "mat_mul":
                var size = small ? 5 : 50;
                text = Replace(text, "const SIZE = 50;", $"const SIZE = {size};");

                // TODO: drop this when the engine resolves global:: constants inside functions (today it fails with
                // "Variable not found: global::SIZE"); the copy inlines the value instead.
                text = Replace(text, "const n = global::SIZE;", $"const n = {size};");
                _handWritten = () => MatMul(size);
                _answer = s => s.Get<IList>("c").Cast<IList>().SelectMany(row => row.Cast<double>()).Sum();
                break;
            case "strings_map":
                var adverbs = StringList(text, "adverbs");
                var adjectives = StringList(text, "adjectives");
                var animals = StringList(text, "animals");
                if (small)
                {
                    text = Replace(text, "for adjective in adjectives {", "for adjective in adjectives.extract(0, 5) {");
                    text = Replace(text, "for animal in animals {", "for animal in animals.extract(0, 5) {");
                    adjectives = adjectives[..5];
                    animals = animals[..5];
                }

                _handWritten = () => StringsMap(adverbs, adjectives, animals);
                _answer = s => s.Get<long>("sum");
                break;
            case "for2":
                var items = small ? 1_000 : 1_000_000;
                text = Replace(text, "const MAX = 1_000_000;", $"const MAX = {items};");
                _handWritten = () => For2(items);
                _answer = s => s.Get<long>("sum");
                break;
            case "speed_test":
                var x = small ? 1_000 : 1_000_000;
                text = Replace(text, "let x = 1_000_000;", $"let x = {x};");
                _handWritten = () => SpeedTest(x);
                _answer = s => s.Get<long>("x");
                break;
            default:
                throw new InvalidOperationException($"Unknown script {Script}");
        }

        _engine = new Engine().OnPrint(static _ => { });
        _engine.OnDebug(static (_, _, _) => { });
        _ast = _engine.Compile(text);
        BenchmarkCheck.VerifyAllPaths(this);
    }

    [Benchmark(Baseline = true)]
    public object CSharp() => _handWritten();

    [Benchmark]
    public object RhaiSharp()
    {
        var scope = new Scope();
        _engine.Run(_ast, scope);
        return _answer(scope);
    }

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal)
            ? text.Replace(from, to, StringComparison.Ordinal)
            : throw new InvalidOperationException($"Script changed: '{from}' not found; update W5ScriptBenchmarks");

    private static string[] StringList(string text, string name)
    {
        var m = Regex.Match(text, $@"let {name} = \[(.*?)\];", RegexOptions.Singleline);
        return m.Success
            ? QuotedString().Matches(m.Groups[1].Value).Select(q => q.Groups[1].Value).ToArray()
            : throw new InvalidOperationException($"strings_map: list {name} not found");
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedString();

    // ---------------- hand-written C# versions of the scripts ----------------

    private static long Fibonacci(int target, int repeat)
    {
        long result = 0;
        for (var n = 0; n < repeat; n++)
        {
            result = Fib(target);
        }

        return result;

        static long Fib(long n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    }

    private static long Primes(int max)
    {
        var mask = new bool[max + 1];
        Array.Fill(mask, true);
        mask[0] = mask[1] = false;
        long found = 0;
        for (var p = 2; p <= max; p++)
        {
            if (!mask[p])
            {
                continue;
            }

            found++;
            for (var i = 2L * p; i <= max; i += p)
            {
                mask[i] = false;
            }
        }

        return found;
    }

    private static double MatMul(int n)
    {
        var a = MatGen(n);
        var b = MatGen(n);
        var b2 = NewMat(a[0].Length, b[0].Length);
        for (var i = 0; i < a[0].Length; i++)
        {
            for (var j = 0; j < b[0].Length; j++)
            {
                b2[j][i] = b[i][j];
            }
        }

        var c = NewMat(a.Length, b[0].Length);
        for (var i = 0; i < c.Length; i++)
        {
            for (var j = 0; j < c[i].Length; j++)
            {
                c[i][j] = 0.0;
                for (var z = 0; z < a[i].Length; z++)
                {
                    c[i][j] += a[i][z] * b2[j][z];
                }
            }
        }

        return c.SelectMany(row => row).Sum();

        static double[][] NewMat(int x, int y) => Enumerable.Range(0, x).Select(_ => new double[y]).ToArray();

        static double[][] MatGen(int n)
        {
            var tmp = 1.0 / n / n;
            var m = NewMat(n, n);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    m[i][j] = tmp * (i - j) * (i + j);
                }
            }

            return m;
        }
    }

    private static long StringsMap(string[] adverbs, string[] adjectives, string[] animals)
    {
        var keys = new List<string>();
        foreach (var animal in animals)
        {
            foreach (var adjective in adjectives)
            {
                foreach (var adverb in adverbs)
                {
                    keys.Add($"{adverb} {adjective} {animal}");
                }
            }
        }

        var map = new Dictionary<string, long>();
        long i = 0;
        foreach (var key in keys)
        {
            map[key] = i++;
        }

        long sum = 0;
        foreach (var key in keys)
        {
            sum += map[key];
        }

        foreach (var key in keys)
        {
            map.Remove(key);
        }

        return sum;
    }

    private static long For2(int max)
    {
        var list = new List<long>();
        for (long i = 0; i < max; i++)
        {
            list.Add(i);
        }

        long sum = 0;
        foreach (var i in list)
        {
            sum += i;
        }

        return sum;
    }

    private static long SpeedTest(long x)
    {
        while (x > 0)
        {
            x -= 1;
        }

        return x;
    }
}
