using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using RhaiSharp.Benchmarks.Infrastructure;

namespace RhaiSharp.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --check</c> runs every benchmark path once with small sizes and verifies its result;
/// anything else goes to BenchmarkDotNet (e.g. <c>--filter *W2*</c>). The default job is BenchmarkDotNet's short
/// run (1 launch, 3 warm-ups, 3 iterations) so the whole suite fits in about 10 minutes on 2 cores.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--check"))
        {
            var failures = BenchmarkCheck.RunAll(Console.Out);
            Console.WriteLine(failures.Count == 0 ? "All benchmark results verified." : $"{failures.Count} benchmark(s) wrong.");
            return failures.Count == 0 ? 0 : 1;
        }

        // Default exporters include the CSV report (*-report.csv) that chart.py reads.
        IConfig config = DefaultConfig.Instance;
        if (!args.Contains("--job") && !args.Contains("-j"))
        {
            config = config.AddJob(Job.ShortRun.AsDefault());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
