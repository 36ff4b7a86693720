namespace RhaiSharp.Tests.Conformance;

/// <summary>
/// <c>known-failures.txt</c>: one <c>&lt;case id&gt; # reason</c> per line; blank lines and lines starting with
/// <c>#</c> are comments. With <c>UPDATE_KNOWN_FAILURES=1</c> the summary test rewrites it from the current run.
/// </summary>
internal static class KnownFailures
{
    public const string UpdateVariable = "UPDATE_KNOWN_FAILURES";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazyEntries = new(() => Read(ConformanceCorpus.KnownFailuresPath));

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

    /// <summary>Case id → reason, as the file stood when the run started.</summary>
    public static IReadOnlyDictionary<string, string> Entries => LazyEntries.Value;

    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var hash = line.IndexOf('#');
            var id = (hash < 0 ? line : line[..hash]).Trim();
            var reason = hash < 0 ? string.Empty : line[(hash + 1)..].Trim();
            entries[id] = reason;
        }

        return entries;
    }

    /// <summary>Rewrites the file: the leading comment block is kept, then every failing case in corpus order.</summary>
    public static void Write(string path, IEnumerable<(string Id, string Reason)> failures)
    {
        var header = File.Exists(path)
            ? File.ReadLines(path).TakeWhile(l => l.StartsWith('#') || l.Trim().Length == 0).ToList()
            : [];
        if (header.Count == 0)
        {
            header.Add("# Conformance cases that fail today: <case id> # reason. See README.md (UPDATE_KNOWN_FAILURES=1).");
        }

        var lines = header.Concat(failures.Select(f => $"{f.Id} # {OneLine(f.Reason)}"));
        File.WriteAllText(path, string.Join("\n", lines).TrimEnd('\n') + "\n");
    }

    public static string OneLine(string text)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= 200 ? flat : flat[..197] + "...";
    }
}
