using System.Reflection;
using System.Runtime.Loader;

namespace RhaiSharp.Benchmarks.Infrastructure;

/// <summary>
/// Microsoft's RulesEngine, loaded into an AssemblyLoadContext of its own: it is built against
/// FastExpressionCompiler 5.0.2 and we use 6.0.0, and one context cannot hold two assemblies of one name. The adapter project (built by this project's build, never
/// referenced) wraps it in delegates of framework types, so the benchmarks call it directly, not through reflection.
/// </summary>
internal static class MicrosoftRulesEngineHost
{
    private const string AdapterAssembly = "RhaiSharp.Benchmarks.MicrosoftRulesEngine";

    private static readonly Lazy<Type> Adapter = new(LoadAdapter);

    /// <summary>An engine built once for the expression; the delegate evaluates it for (x, y, name).</summary>
    public static Func<long, long, string, bool> Prepare(string expression) =>
        Method<Func<string, Func<long, long, string, bool>>>("Prepare")(expression);

    /// <summary>A new engine for the expression (parsed and compiled on its first execution), run once.</summary>
    public static Func<string, long, long, string, bool> CompileAndRun() => Method<Func<string, long, long, string, bool>>("CompileAndRun");

    private static T Method<T>(string name)
        where T : Delegate =>
        Adapter.Value.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<T>();

    private static Type LoadAdapter()
    {
        var directory = typeof(MicrosoftRulesEngineHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "MicrosoftRulesEngineAdapterDirectory").Value!;
        var path = Path.Combine(directory, AdapterAssembly + ".dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Microsoft RulesEngine adapter is not built: {path} (building the benchmarks builds it).", path);
        }

        var context = new DirectoryLoadContext(directory);
        return context.LoadFromAssemblyPath(path).GetType("MicrosoftRulesEngineAdapter.Adapter", throwOnError: true)!;
    }

    /// <summary>Resolves assemblies from one directory first (the package's RulesEngine and its dependencies), then from the app.</summary>
    private sealed class DirectoryLoadContext(string directory) : AssemblyLoadContext("MicrosoftRulesEngine")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var candidate = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
