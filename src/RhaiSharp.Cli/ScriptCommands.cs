using RhaiSharp.Values;

namespace RhaiSharp.Cli;

/// <summary>The script commands' work: compile and run with a standard engine, report errors as <c>file:line:column: message</c>.</summary>
internal static class ScriptCommands
{
    public static int Run(string file, string script, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        Guarded(file, stderr, engine =>
        {
            engine.OnPrint(stdout.WriteLine);
            engine.Run(engine.Compile(script), cancellationToken: cancellationToken);
        });

    public static int Eval(string expression, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        Guarded("<eval>", stderr, engine =>
        {
            engine.OnPrint(stdout.WriteLine);
            // Execute (internal) returns the script value itself, which ValueFormatter prints exactly as Rhai's to_debug.
            var value = engine.Execute(engine.Compile(expression), null, cancellationToken);
            stdout.WriteLine(ValueFormatter.ToDebug(value));
        });

    public static int PrintAst(string file, string script, TextWriter stdout, TextWriter stderr) =>
        Guarded(file, stderr, engine =>
        {
            var text = engine.Compile(script).ToDebugString();
            stdout.Write(text.EndsWith('\n') ? text : text + "\n");
        });

    private static int Guarded(string file, TextWriter stderr, Action<Engine> action)
    {
        try
        {
            action(new Engine());
            return Cli.Ok;
        }
        catch (ScriptException e)
        {
            var where = e.Position.IsNone ? file : $"{file}:{e.Position.Line}:{e.Position.Column}";
            stderr.WriteLine($"{where}: {e.RawMessage}");
            return Cli.ScriptError;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"{file}: cancelled");
            return Cli.ScriptError;
        }
    }
}
