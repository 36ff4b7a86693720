namespace RhaiSharp.Benchmarks.Infrastructure;

/// <summary>Finds Rhai's benchmark scripts: <c>$RULES_CONFORMANCE_DIR/scripts</c>, else the nearest ancestor's <c>shared/conformance/scripts</c>.</summary>
public static class ScriptFiles
{
    public static string Directory { get; } = Find();

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name + ".rhai"));

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("RULES_CONFORMANCE_DIR") is { Length: > 0 } dir)
        {
            return Path.Combine(dir, "scripts");
        }

        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", "conformance", "scripts");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Rhai benchmark scripts not found above {AppContext.BaseDirectory}: put the corpus at <repo>/../shared/conformance or set RULES_CONFORMANCE_DIR.");
    }
}
