using System.Collections;
using System.Diagnostics;
using System.Text.Json;
using RhaiSharp;

// Request on stdin: {"script": "...", "options": {"MaxOperations": 1000, "Timeout": 300, ...}, "setup": "name",
// "mode": "eval" (default) | "ast" (compile and print the syntax tree)}
// (Timeout in milliseconds; other options by their EngineOptions name). Outcome on stdout, one JSON line:
// {"outcome": "value" | "parse" | "runtime" | "foreign" | "setup" (the host set-up itself was refused), "kind", "line", "column", "message", "value", "ms"}.
using var input = JsonDocument.Parse(Console.In.ReadToEnd());
var request = input.RootElement;
var options = ChildOptions.Read(request.TryGetProperty("options", out var o) ? o : default);
var engine = new Engine { Options = options }.OnPrint(_ => { }).OnDebug((_, _, _) => { });
var scope = new Scope();
if (request.TryGetProperty("setup", out var setup) && setup.ValueKind == JsonValueKind.String)
{
    try
    {
        HostSetups.Apply(setup.GetString()!, engine, scope);
    }
    catch (Exception e)
    {
        // The host's own call (Scope.Push, RegisterFn) refused the set-up: outcome "setup".
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["outcome"] = "setup",
            ["kind"] = e.GetType().Name,
            ["message"] = e.Message,
            ["ms"] = 0,
        }));
        return;
    }
}

var watch = Stopwatch.StartNew();
var result = new Dictionary<string, object?>();
try
{
    var script = request.GetProperty("script").GetString()!;
    var mode = request.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : "eval";
    var value = mode == "ast" ? engine.Compile(script).ToDebugString() : engine.Eval<object?>(script, scope);
    result["outcome"] = "value";
    result["value"] = Describe(value);
}
catch (ScriptException e)
{
    result["outcome"] = e is ParseException ? "parse" : "runtime";
    result["kind"] = e is ParseException p ? p.Kind.ToString() : ((RuntimeException)e).Kind.ToString();
    result["line"] = e.Position.Line;
    result["column"] = e.Position.Column;
    result["message"] = e.RawMessage;
}
catch (Exception e)
{
    result["outcome"] = "foreign";
    result["kind"] = e.GetType().FullName;
    result["message"] = e.Message;
}

result["ms"] = watch.ElapsedMilliseconds;
Console.WriteLine(JsonSerializer.Serialize(result));

// The value's shape, not its text: enough to check without printing megabytes.
static string Describe(object? value) => value switch
{
    null => "()",
    string s => s.Length <= 200 ? s : $"string of {s.Length} chars",
    ICollection c => $"{value.GetType().Name} of {c.Count}",
    _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
};

internal static class ChildOptions
{
    public static EngineOptions Read(JsonElement json)
    {
        var options = EngineOptions.Default with { };
        if (json.ValueKind != JsonValueKind.Object)
        {
            return options;
        }

        foreach (var p in json.EnumerateObject())
        {
            var property = typeof(EngineOptions).GetProperty(p.Name) ?? throw new ArgumentException($"unknown option {p.Name}");
            object value = property.PropertyType switch
            {
                var t when t == typeof(TimeSpan?) => TimeSpan.FromMilliseconds(p.Value.GetDouble()),
                var t when t == typeof(bool) => p.Value.GetBoolean(),
                var t when t == typeof(int) => p.Value.GetInt32(),
                var t when t == typeof(long) => p.Value.GetInt64(),
                _ => throw new ArgumentException($"option {p.Name} cannot be set here"),
            };
            property.SetValue(options, value);
        }

        return options;
    }
}

/// <summary>Host set-ups that scripts cannot build themselves: values pushed into the scope as <c>x</c>.</summary>
internal static class HostSetups
{
    public static void Apply(string name, Engine engine, Scope scope)
    {
        switch (name)
        {
            case "cyclic-list":
                {
                    var list = new ArrayList();
                    list.Add(list);
                    scope.Push("x", list);
                    break;
                }

            case "cyclic-object-list":
                {
                    var list = new List<object?>();
                    list.Add(list);
                    scope.Push("x", list);
                    break;
                }

            case "cyclic-dictionary":
                {
                    var map = new Dictionary<string, object?>();
                    map["self"] = map;
                    scope.Push("x", map);
                    break;
                }

            case "deep-list":
                {
                    var root = new List<object?>();
                    var current = root;
                    for (var i = 0; i < 1_000_000; i++)
                    {
                        var next = new List<object?>();
                        current.Add(next);
                        current = next;
                    }

                    scope.Push("x", root);
                    break;
                }

            case "slow-host-call":
                engine.RegisterFn("slow", (long ms) =>
                {
                    Thread.Sleep((int)ms);
                    return ms;
                });
                break;

            case "reentrant":
                // nest(script) runs script on the same engine, from inside the host call; deeper() runs "deeper()": re-entrance without end.
                engine.RegisterFn("nest", (string script) => engine.Eval<object?>(script) ?? "unit");
                engine.RegisterFn("deeper", () => engine.Eval<object?>("let level = 1;\ndeeper()") ?? "unit");
                break;

            case var resolver when resolver.StartsWith("file-resolver:", StringComparison.Ordinal):
                engine.SetModuleResolver(new RhaiSharp.ModuleResolvers.FileModuleResolver(resolver["file-resolver:".Length..]));
                break;

            default:
                throw new ArgumentException($"unknown setup {name}");
        }
    }
}
