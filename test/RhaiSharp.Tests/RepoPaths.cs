namespace RhaiSharp.Tests;

/// <summary>Where the repository is, for tests that read or write files in the source tree (approval files, lists, source scans).</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding RulesEngine.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>This test project's folder in the source tree.</summary>
    public static string TestProject => Path.Combine(Root, "test", "RhaiSharp.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RulesEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"RulesEngine.sln not found above {AppContext.BaseDirectory}");
    }
}
