using System.Diagnostics;
using System.Text.Json;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety.Isolated;

/// <summary>What the child process reported for one script.</summary>
internal sealed record ChildOutcome(string Outcome, string? Kind, int Line, int Column, string? Message, string? Value, long Milliseconds)
{
    public override string ToString() =>
        Outcome == "value" ? $"value {Value} in {Milliseconds} ms" : $"{Outcome} {Kind} at {Line}:{Column}: {Message} in {Milliseconds} ms";
}

/// <summary>
/// Runs one hostile script in a child process (<c>RhaiSharp.Tests.Child</c>) with a capped heap
/// (<c>DOTNET_GCHeapHardLimit</c>) and a deadline, so that a crash or a hang fails the test that caused it instead
/// of killing or stalling the whole test run.
/// </summary>
internal static class ChildProcess
{
    private static readonly string ChildDll = Path.Combine(AppContext.BaseDirectory, "RhaiSharp.Tests.Child.dll");

    /// <param name="script">The script, evaluated with <c>Engine.Eval&lt;object?&gt;</c>.</param>
    /// <param name="options">Engine options by their <see cref="EngineOptions"/> names (<c>Timeout</c> in ms).</param>
    /// <param name="setup">A host set-up of the child (<c>HostSetups</c>): values a script cannot build itself.</param>
    /// <param name="deadline">How long the child may take, start-up included; past it the test fails as a hang.</param>
    /// <param name="heapLimitMiB">The child's GC heap limit.</param>
    /// <param name="mode"><c>eval</c>, or <c>ast</c> to compile and print the syntax tree.</param>
    public static ChildOutcome Run(string script, object? options = null, string? setup = null, TimeSpan? deadline = null, int heapLimitMiB = 1024, string mode = "eval")
    {
        var request = JsonSerializer.Serialize(new { script, options = options ?? new { }, setup, mode });
        var start = new ProcessStartInfo(DotNetHost(), [ChildDll])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_GCHeapHardLimit"] = $"0x{(long)heapLimitMiB * 1024 * 1024:X}";
        start.Environment["DOTNET_TieredPGO"] = "0";

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the child process");
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        child.StandardInput.Write(request);
        child.StandardInput.Close();

        var limit = deadline ?? TimeSpan.FromSeconds(30);
        if (!child.WaitForExit(limit))
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Assert.Fail($"hang: the script ran past the {limit.TotalSeconds:0.#} s deadline\nscript: {Shorten(script)}");
        }

        child.WaitForExit();
        var output = stdout.GetAwaiter().GetResult();
        if (child.ExitCode != 0)
        {
            Assert.Fail($"crash: the child process exited with code {child.ExitCode}\nscript: {Shorten(script)}\n" +
                        $"stderr: {Shorten(stderr.GetAwaiter().GetResult(), 2000)}");
        }

        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var r = json.RootElement;
        string? Str(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int Int(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
        return new ChildOutcome(Str("outcome")!, Str("kind"), Int("line"), Int("column"), Str("message"), Str("value"),
            r.GetProperty("ms").GetInt64());
    }

    private static string DotNetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string Shorten(string text, int max = 200) => text.Length <= max ? text : text[..max] + $"… ({text.Length} chars)";
}
