using RhaiSharp;
using RhaiSharp.Cli;

// rules run FILE.rhai | rules eval "EXPR" | rules ast FILE.rhai | rules --help
// Exit codes: 0 ok, 1 script error, 2 usage error.
return Cli.Execute(args, Console.Out, Console.Error);

namespace RhaiSharp.Cli
{
    internal static class Cli
    {
        public const int Ok = 0;
        public const int ScriptError = 1;
        public const int UsageError = 2;

        private const string Usage = """
            Usage:
              rules run FILE.rhai     run a script; print/debug go to stdout
              rules eval "EXPR"       evaluate a script given on the command line and print its value (as to_debug)
              rules ast FILE.rhai     parse a script and print its syntax tree
              rules --help            show this help

            Errors are reported on stderr as FILE:LINE:COLUMN: message.
            Exit codes: 0 success, 1 script error, 2 usage error.
            """;

        public static int Execute(string[] args, TextWriter stdout, TextWriter stderr)
        {
            switch (args)
            {
                case [] or ["--help" or "-h" or "help", ..]:
                    (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
                    return args.Length == 0 ? UsageError : Ok;
                case ["run", var file]:
                    return WithFile(file, stderr, script => ScriptRunner.Run(file, script, stdout, stderr));
                case ["eval", var expression]:
                    return ScriptRunner.Eval(expression, stdout, stderr);
                case ["ast", var file]:
                    return WithFile(file, stderr, script => ScriptRunner.PrintAst(file, script, stdout, stderr));
                default:
                    stderr.WriteLine($"rules: unknown command or wrong arguments: {string.Join(' ', args)}");
                    stderr.WriteLine(Usage);
                    return UsageError;
            }
        }

        private static int WithFile(string file, TextWriter stderr, Func<string, int> action)
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"rules: file not found: {file}");
                return UsageError;
            }

            return action(File.ReadAllText(file));
        }
    }
}
