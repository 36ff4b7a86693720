using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace RhaiSharp.Cli;

/// <summary>
/// The <c>rules</c> command line: <c>run FILE</c>, <c>eval EXPR</c>, <c>ast FILE</c>, <c>--help</c>, <c>--version</c>.
/// Exit codes: 0 success, 1 script error, 2 usage error (unknown command or option, missing argument or file);
/// a usage error is one line on stderr, never a stack trace.
/// </summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int ScriptError = 1;
    public const int UsageError = 2;

    /// <summary>The product version (<c>Version</c> in Directory.Build.props), as <c>--version</c> prints it.</summary>
    public static string Version { get; } =
        typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given streams.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = BuildCommands(stdout, stderr);
        var parsed = root.Parse(args);
        if (parsed.UnmatchedTokens.Count > 0)
        {
            stderr.WriteLine($"rules: unknown command, option or argument '{parsed.UnmatchedTokens[0]}' (see 'rules --help')");
            return UsageError;
        }

        if (parsed.Errors.Count > 0)
        {
            stderr.WriteLine($"rules: {parsed.Errors[0].Message} (see 'rules --help')");
            return UsageError;
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand BuildCommands(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Runs Rhai scripts with RhaiSharp. Errors go to stderr as FILE:LINE:COLUMN: message; "
                                   + "exit codes: 0 success, 1 script error, 2 usage error.");

        var runFile = new Argument<string>("FILE") { Description = "The script to run (print and debug go to stdout)." };
        var run = new Command("run", "Run a script file.") { runFile };
        run.SetAction((result, token) => Task.FromResult(
            WithFile(result.GetRequiredValue(runFile), stderr, (file, text) => ScriptCommands.Run(file, text, stdout, stderr, token))));

        var expression = new Argument<string>("EXPR") { Description = "The script text to evaluate." };
        var eval = new Command("eval", "Evaluate a script given on the command line and print its value as Rhai's to_debug does.") { expression };
        eval.SetAction((result, token) => Task.FromResult(
            ScriptCommands.Eval(result.GetRequiredValue(expression), stdout, stderr, token)));

        var astFile = new Argument<string>("FILE") { Description = "The script to parse." };
        var ast = new Command("ast", "Parse a script file and print its syntax tree.") { astFile };
        ast.SetAction(result =>
            WithFile(result.GetRequiredValue(astFile), stderr, (file, text) => ScriptCommands.PrintAst(file, text, stdout, stderr)));

        // The default --version prints the entry assembly's version: the test host's, when run in-process.
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersion();
        }

        root.Subcommands.Add(run);
        root.Subcommands.Add(eval);
        root.Subcommands.Add(ast);
        return root;
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return Ok;
        }
    }

    /// <summary>Reads <paramref name="file"/> and hands its text on; a missing or unreadable file is a usage error.</summary>
    private static int WithFile(string file, TextWriter stderr, Func<string, string, int> action)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine(e is FileNotFoundException or DirectoryNotFoundException
                ? $"rules: file not found: {file}"
                : $"rules: cannot read {file}: {e.Message}");
            return UsageError;
        }

        return action(file, text);
    }
}
