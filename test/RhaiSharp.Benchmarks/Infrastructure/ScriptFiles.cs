namespace RhaiSharp.Benchmarks.Infrastructure;

/// <summary>Rhai's benchmark scripts: <c>test/corpus/scripts</c>, copied beside the assembly by the build.</summary>
public static class ScriptFiles
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "corpus", "scripts");

    public static string Read(string name)
    {
        var path = Path.Combine(Directory, name + ".rhai");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"Rhai benchmark script missing: {path} (the build copies test/corpus/scripts beside the assembly).", path);
    }
}
