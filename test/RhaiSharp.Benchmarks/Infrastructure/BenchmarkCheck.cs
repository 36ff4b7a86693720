using System.Collections;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace RhaiSharp.Benchmarks.Infrastructure;

/// <summary>
/// Runs every benchmark path once and compares its result with the hand-written C# baseline of the same
/// category. Used by each class's <c>[GlobalSetup]</c> (so a wrong benchmark never gets timed), by
/// <c>--check</c>, and by the test suite (BenchmarkCheckTests). Never measures time.
/// </summary>
public static class BenchmarkCheck
{
    /// <summary>True while <see cref="RunAll"/> runs: benchmark classes use their small sizes.</summary>
    public static bool SmallSizes { get; private set; }

    /// <summary>The benchmark classes in this assembly.</summary>
    public static IReadOnlyList<Type> BenchmarkTypes { get; } = typeof(BenchmarkCheck).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && BenchmarkMethods(t).Any())
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Instantiates each benchmark class (for each [Params] value) with small sizes, runs its [GlobalSetup]
    /// (which verifies every path), then [GlobalCleanup]. Returns one line per failure; empty means all good.
    /// </summary>
    public static IReadOnlyList<string> RunAll(TextWriter log, Func<Type, bool>? filter = null)
    {
        var failures = new List<string>();
        SmallSizes = true;
        try
        {
            foreach (var type in BenchmarkTypes.Where(t => filter?.Invoke(t) ?? true))
            {
                foreach (var (label, configure) in ParamCases(type))
                {
                    var name = type.Name + label;
                    var instance = Activator.CreateInstance(type)!;
                    configure(instance);
                    try
                    {
                        Invoke<GlobalSetupAttribute>(instance);
                        log.WriteLine($"ok    {name}: {BenchmarkMethods(type).Count()} paths");
                    }
                    catch (Exception e)
                    {
                        var inner = e is TargetInvocationException { InnerException: { } ie } ? ie : e;
                        failures.Add($"{name}: {inner.GetType().Name}: {inner.Message}");
                        log.WriteLine($"FAIL  {name}: {inner.Message}");
                    }
                    finally
                    {
                        Invoke<GlobalCleanupAttribute>(instance);
                    }
                }
            }
        }
        finally
        {
            SmallSizes = false;
        }

        return failures;
    }

    /// <summary>
    /// Calls every [Benchmark] method of <paramref name="instance"/> once and checks its result equals the result
    /// of the baseline of its category. Throws on the first mismatch.
    /// </summary>
    public static void VerifyAllPaths(object instance)
    {
        var methods = BenchmarkMethods(instance.GetType()).ToArray();
        foreach (var group in methods.GroupBy(Category))
        {
            var baseline = group.SingleOrDefault(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline)
                ?? throw new InvalidOperationException($"{instance.GetType().Name}: category '{group.Key}' has no baseline");
            var expected = Call(instance, baseline);
            foreach (var method in group.Where(m => m != baseline))
            {
                // Twice: a benchmark runs the same path over and over, so a second run must give the same answer.
                for (var run = 1; run <= 2; run++)
                {
                    var actual = Call(instance, method);
                    if (!Same(expected, actual))
                    {
                        throw new InvalidOperationException(
                            $"{instance.GetType().Name}.{method.Name} (run {run}) returned {Show(actual)}, hand-written C# ({baseline.Name}) returned {Show(expected)}");
                    }
                }
            }
        }
    }

    /// <summary>Throws unless <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    public static void Expect(object? expected, object? actual, string what)
    {
        if (!Same(expected, actual))
        {
            throw new InvalidOperationException($"{what}: expected {Show(expected)}, got {Show(actual)}");
        }
    }

    private static object? Call(object instance, MethodInfo method)
    {
        try
        {
            return method.Invoke(instance, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            throw new InvalidOperationException($"{instance.GetType().Name}.{method.Name} threw {inner.GetType().Name}: {inner.Message}", inner);
        }
    }

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (IConvertible x, IConvertible y) when IsNumber(x) && IsNumber(y) => Convert.ToDecimal(x) == Convert.ToDecimal(y),
        _ => Equals(a, b),
    };

    private static bool IsNumber(object o) => o is long or int or double or float or decimal or short or byte;

    private static string Show(object? o) => o switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Show)) + "]",
        _ => $"{o} ({o.GetType().Name})",
    };

    private static string Category(MethodInfo m) =>
        m.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.FirstOrDefault() ?? "";

    private static IEnumerable<MethodInfo> BenchmarkMethods(Type t) =>
        t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var m in instance.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
                     .Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            m.Invoke(instance, null);
        }
    }

    /// <summary>One case per value of the class's [Params] member (at most one such member is supported).</summary>
    private static IEnumerable<(string Label, Action<object> Configure)> ParamCases(Type type)
    {
        var member = type.GetMembers(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.GetCustomAttribute<ParamsAttribute>() is not null);
        if (member is null)
        {
            yield return ("", _ => { });
            yield break;
        }

        foreach (var value in member.GetCustomAttribute<ParamsAttribute>()!.Values)
        {
            yield return ($"({member.Name}={value})", o =>
            {
                switch (member)
                {
                    case PropertyInfo p:
                        p.SetValue(o, value);
                        break;
                    case FieldInfo f:
                        f.SetValue(o, value);
                        break;
                }
            }
            );
        }
    }
}
