using System.Text.Json;

namespace RhaiSharp.Tests.Conformance;

/// <summary>One line of a conformance file (format: <c>test/corpus/README.md</c>).</summary>
public sealed class ConformanceCase
{
    internal ConformanceCase(string file, JsonElement json)
    {
        File = file;
        Json = json;
        Id = json.GetProperty("id").GetString() ?? throw new InvalidDataException($"{file}: case without id");
    }

    /// <summary>The file name without extension, e.g. <c>rhai-core</c>.</summary>
    public string File { get; }

    public string Id { get; }

    internal JsonElement Json { get; }

    internal string Engine => String("engine") ?? "standard";

    internal string Mode => String("mode") ?? "eval";

    internal string Script => String("script") ?? string.Empty;

    internal string Expect => String("expect") ?? "ok";

    internal string? Phase => String("phase");

    internal string? RhaiError => String("rhai_error");

    internal string? Type => String("type");

    internal string Compare => String("compare") ?? "equal";

    internal double Tolerance => Json.TryGetProperty("tolerance", out var t) ? t.GetDouble() : 0;

    internal JsonElement? Value => Optional("value");

    internal JsonElement? Options => Optional("options");

    internal JsonElement? Scope => Optional("scope");

    internal JsonElement? ScopeAfter => Optional("scope_after");

    public override string ToString() => Id;

    private string? String(string name) =>
        Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private JsonElement? Optional(string name) => Json.TryGetProperty(name, out var v) ? v : null;
}

/// <summary>
/// Loads the conformance corpus: <c>test/corpus</c> in the repository, copied beside the test assembly by the build
/// (<c>corpus/</c>). A missing corpus is an error, never a skip: the repository tests itself.
/// </summary>
internal static class ConformanceCorpus
{
    public static readonly string[] Files = ["rhai-core", "rhai-options", "rhai-grain"];

    private static readonly Lazy<IReadOnlyList<ConformanceCase>> LazyCases = new(Load);

    /// <summary>The corpus copied beside the test assembly (from <c>test/corpus</c>).</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "corpus");

    public static string KnownFailuresPath =>
        Path.Combine(RepoPaths.TestProject, "Conformance", "known-failures.txt");

    /// <summary>Every case of every file, in file order; throws when a corpus file is missing.</summary>
    public static IReadOnlyList<ConformanceCase> Cases => LazyCases.Value;

    public static string PathOf(string file) => Path.Combine(Directory, file + ".jsonl");

    private static List<ConformanceCase> Load()
    {
        var cases = new List<ConformanceCase>();
        foreach (var file in Files)
        {
            if (!File.Exists(PathOf(file)))
            {
                throw new FileNotFoundException(
                    $"Conformance corpus file missing: {PathOf(file)} (the build copies test/corpus beside the test assembly).",
                    PathOf(file));
            }
        }

        foreach (var file in Files)
        {
            var lineNo = 0;
            foreach (var line in File.ReadLines(PathOf(file)))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    using var doc = JsonDocument.Parse(line);
                    cases.Add(new ConformanceCase(file, doc.RootElement.Clone()));
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"{file}.jsonl:{lineNo}: {e.Message}", e);
                }
            }
        }

        return cases;
    }
}
