using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RhaiSharp.Compilation;

namespace RhaiSharp.Tests.Conformance;

internal enum OutcomeKind
{
    /// <summary>Finished; <see cref="Outcome.Value"/> holds the value (unit for run/compile modes).</summary>
    Value,
    ParseError,
    RuntimeError,
    /// <summary>A <see cref="ScriptException"/> that is neither a parse nor a runtime exception.</summary>
    OtherScriptError,
    /// <summary>Something other than a <see cref="ScriptException"/> escaped, or the engine reported an internal error.</summary>
    Crash,
    Timeout,
}

/// <summary>What running a case produced.</summary>
/// <param name="Stage"><c>compile</c> or <c>run</c>: where an error happened.</param>
/// <param name="ScopeAfter">With a scope: every variable left in it, by name (latest wins).</param>
internal sealed record Outcome(OutcomeKind Kind, string Stage, object? Value, Exception? Error, IReadOnlyList<(string Name, object? Value)>? ScopeAfter)
{
    public bool IsScriptError => Kind is OutcomeKind.ParseError or OutcomeKind.RuntimeError or OutcomeKind.OtherScriptError;

    /// <summary>A canonical text for comparing outcomes (differential testing): value with types, or error type and kind.</summary>
    public string Canonical()
    {
        var head = Kind switch
        {
            OutcomeKind.Value => "value " + Plain.Describe(Value),
            OutcomeKind.ParseError => $"{Stage}: ParseException/{((ParseException)Error!).Kind}",
            OutcomeKind.RuntimeError => $"{Stage}: RuntimeException/{((RuntimeException)Error!).Kind}",
            _ => $"{Stage}: {Kind} {Error?.GetType().Name}",
        };
        return ScopeAfter is null
            ? head
            : head + "; scope " + string.Join(", ", ScopeAfter.Select(v => $"{v.Name}={Plain.Describe(v.Value)}"));
    }

    public string Describe() => Kind switch
    {
        OutcomeKind.Value => "value " + Plain.Describe(Value),
        OutcomeKind.Timeout => "timed out",
        _ => $"{Error?.GetType().Name} while {(Stage == "compile" ? "compiling" : "running")}: {Error?.Message}",
    };
}

/// <summary>Runs conformance cases through the public API and checks them against their expectations.</summary>
internal static class CaseRunner
{
    private static readonly TimeSpan SoftTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan HardTimeout = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentDictionary<(string Id, CompilerChoice Compiler), Outcome> Cache = new();

    /// <summary>Runs a case once per compiler; later calls return the recorded outcome.</summary>
    public static Outcome Outcome(ConformanceCase c, CompilerChoice compiler) =>
        Cache.GetOrAdd((c.Id, compiler), _ => RunIsolated(c, compiler));

    /// <summary>Null when the outcome is what the case expects, otherwise why not.</summary>
    public static string? Check(ConformanceCase c, Outcome o)
    {
        var mismatch = CheckResult(c, o);
        if (mismatch is null && c.ScopeAfter is { } after)
        {
            mismatch = CheckScope(after, o);
        }

        return mismatch;
    }

    private static string? CheckResult(ConformanceCase c, Outcome o)
    {
        switch (c.Expect)
        {
            case "error":
                {
                    var hint = c.RhaiError is null ? string.Empty : $" (Rhai: {c.RhaiError})";
                    var ok = c.Phase switch
                    {
                        "parse" => o.Kind == OutcomeKind.ParseError && o.Stage == "compile",
                        "runtime" => o.IsScriptError && o.Stage == "run",
                        _ => o.IsScriptError,
                    };
                    var wanted = c.Phase switch
                    {
                        "parse" => "a ParseException while compiling",
                        "runtime" => "a ScriptException while running",
                        _ => "a ScriptException",
                    };
                    return ok ? null : $"expected {wanted}{hint}, got {o.Describe()}";
                }

            case "ok":
                return o.Kind == OutcomeKind.Value ? null : $"expected success, got {o.Describe()}";

            case "value":
                {
                    if (o.Kind != OutcomeKind.Value)
                    {
                        return $"expected {c.Type} {c.Value?.GetRawText()}, got {o.Describe()}";
                    }

                    var mismatch = Plain.Match(c.Value ?? default, c.Type ?? "unit", o.Value, c.Compare, c.Tolerance);
                    return mismatch is null ? null : $"expected {c.Type} {c.Value?.GetRawText()} ({c.Compare}), got {Plain.Describe(o.Value)}: {mismatch}";
                }

            default:
                return $"unknown expect '{c.Expect}'";
        }
    }

    private static string? CheckScope(JsonElement after, Outcome o)
    {
        if (o.ScopeAfter is null)
        {
            return "scope_after without a scope";
        }

        foreach (var v in after.EnumerateArray())
        {
            var name = v.GetProperty("name").GetString()!;
            var type = v.GetProperty("type").GetString()!;
            var expected = v.GetProperty("value");
            var found = o.ScopeAfter.LastOrDefault(x => x.Name == name);
            if (found.Name is null)
            {
                return $"scope after the run lacks '{name}' (outcome: {o.Describe()})";
            }

            if (Plain.Match(expected, type, found.Value, "equal", 0) is { } mismatch)
            {
                return $"scope after the run: '{name}' should be {type} {expected.GetRawText()}, is {Plain.Describe(found.Value)}: {mismatch}";
            }
        }

        return null;
    }

    /// <summary>Runs on a thread with a large stack and a time limit, so a runaway case cannot take the test host down.</summary>
    private static Outcome RunIsolated(ConformanceCase c, CompilerChoice compiler)
    {
        using var cts = new CancellationTokenSource(SoftTimeout);
        Outcome? result = null;
        var thread = new Thread(() => result = Run(c, compiler, cts.Token), 64 * 1024 * 1024) { IsBackground = true, Name = c.Id };
        thread.Start();
        if (!thread.Join(HardTimeout))
        {
            cts.Cancel();
            if (!thread.Join(TimeSpan.FromSeconds(5)))
            {
                return new Outcome(OutcomeKind.Timeout, "run", null, null, null);
            }
        }

        return result ?? new Outcome(OutcomeKind.Crash, "run", null, new InvalidOperationException("no outcome"), null);
    }

    private static Outcome Run(ConformanceCase c, CompilerChoice compiler, CancellationToken cancellationToken)
    {
        Engine engine;
        Scope? scope;
        try
        {
            engine = CreateEngine(c, compiler);
            scope = CreateScope(c);
        }
        catch (Exception e) when (e is InvalidDataException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return new Outcome(OutcomeKind.Crash, "setup", null, e, null);
        }

        var expression = c.Mode is "compile_expression" or "eval_expression";
        Ast ast;
        try
        {
            ast = (expression, scope) switch
            {
                (true, null) => engine.CompileExpression(c.Script),
                (true, _) => engine.CompileExpression(c.Script, scope),
                (false, null) => engine.Compile(c.Script),
                (false, _) => engine.Compile(c.Script, scope),
            };
        }
        catch (Exception e)
        {
            return Failed("compile", e, scope);
        }

        try
        {
            object? value = null;
            switch (c.Mode)
            {
                case "compile" or "compile_expression":
                    break;
                case "run":
                    engine.Run(ast, scope, cancellationToken);
                    break;
                case "eval" or "eval_expression":
                    value = engine.Eval<object?>(ast, scope, cancellationToken);
                    break;
                default:
                    return new Outcome(OutcomeKind.Crash, "setup", null, new InvalidDataException($"unknown mode '{c.Mode}'"), null);
            }

            return new Outcome(OutcomeKind.Value, "run", value, null, Snapshot(scope));
        }
        catch (Exception e)
        {
            return Failed("run", e, scope);
        }
    }

    private static Outcome Failed(string stage, Exception e, Scope? scope)
    {
        var kind = e switch
        {
            ParseException => OutcomeKind.ParseError,
            // The engine wraps unexpected .NET exceptions as "Internal error: …": a bug, not a script error.
            RuntimeException r when r.InnerException is { } inner and not ScriptException
                && r.RawMessage.StartsWith("Internal error", StringComparison.Ordinal) => OutcomeKind.Crash,
            RuntimeException => OutcomeKind.RuntimeError,
            ScriptException => OutcomeKind.OtherScriptError,
            OperationCanceledException => OutcomeKind.Timeout,
            _ => OutcomeKind.Crash,
        };
        return new Outcome(kind, stage, null, e, Snapshot(scope));
    }

    private static List<(string, object?)>? Snapshot(Scope? scope)
    {
        if (scope is null)
        {
            return null;
        }

        var result = new List<(string, object?)>();
        foreach (var name in scope.Names.Distinct())
        {
            object? value;
            try
            {
                value = scope.Get<object?>(name);
            }
            catch (ScriptException e)
            {
                value = "<unreadable: " + e.Message + ">";
            }

            result.Add((name, value));
        }

        return result;
    }

    internal static Engine CreateEngine(ConformanceCase c, CompilerChoice compiler)
    {
        var engine = c.Engine switch
        {
            "standard" => new Engine(),
            "raw" => Engine.CreateRaw(),
            _ => throw new InvalidDataException($"unknown engine '{c.Engine}'"),
        };
        engine.OnPrint(_ => { }).OnDebug((_, _, _) => { });
        engine.Compiler = compiler;
        if (c.Options is { } options)
        {
            engine.Options = ApplyOptions(EngineOptions.Default, options);
        }

        return engine;
    }

    /// <summary>Maps Rhai's setter names (without <c>set_</c>) to <see cref="EngineOptions"/>.</summary>
    internal static EngineOptions ApplyOptions(EngineOptions o, JsonElement options)
    {
        foreach (var p in options.EnumerateObject())
        {
            var v = p.Value;
            o = p.Name switch
            {
                "max_string_size" => o with { MaxStringSize = v.GetInt64() },
                "max_array_size" => o with { MaxArraySize = v.GetInt64() },
                "max_map_size" => o with { MaxMapSize = v.GetInt64() },
                "max_operations" => o with { MaxOperations = v.GetInt64() },
                "max_call_levels" => o with { MaxCallLevels = v.GetInt32() },
                "max_variables" => o with { MaxVariables = v.GetInt32() },
                "max_functions" => o with { MaxFunctions = v.GetInt32() },
                "max_modules" => o with { MaxModules = v.GetInt32() },
                "max_expr_depths" => o with { MaxExprDepth = v[0].GetInt32(), MaxFunctionExprDepth = v[1].GetInt32() },
                // No optimizer: a script gives the same results at every level, so the level changes nothing here.
                "optimization_level" => o,
                "strict_variables" => o with { StrictVariables = v.GetBoolean() },
                "fail_on_invalid_map_property" => o with { FailOnInvalidMapProperty = v.GetBoolean() },
                "allow_if_expression" => o with { AllowIfExpression = v.GetBoolean() },
                "allow_switch_expression" => o with { AllowSwitchExpression = v.GetBoolean() },
                "allow_statement_expression" => o with { AllowStatementExpression = v.GetBoolean() },
                "allow_loop_expressions" => o with { AllowLoopExpressions = v.GetBoolean() },
                "allow_anonymous_fn" => o with { AllowAnonymousFn = v.GetBoolean() },
                "allow_looping" => o with { AllowLooping = v.GetBoolean() },
                "allow_shadowing" => o with { AllowShadowing = v.GetBoolean() },
                _ => throw new InvalidDataException($"unknown option '{p.Name}'"),
            };
        }

        return o;
    }

    private static Scope? CreateScope(ConformanceCase c)
    {
        if (c.Scope is not { } variables)
        {
            return null;
        }

        var scope = new Scope();
        foreach (var v in variables.EnumerateArray())
        {
            var name = v.GetProperty("name").GetString()!;
            var value = Plain.FromJson(v.GetProperty("value"), v.GetProperty("type").GetString()!);
            if (v.TryGetProperty("constant", out var k) && k.GetBoolean())
            {
                scope.PushConstant(name, value);
            }
            else
            {
                scope.Push(name, value);
            }
        }

        return scope;
    }
}

/// <summary>Plain values (what <c>Eval&lt;object?&gt;</c> returns) against the corpus' JSON values.</summary>
internal static class Plain
{
    /// <summary>The type a JSON value stands for inside arrays and maps: numbers without a fraction are ints.</summary>
    public static string TypeOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetRawText().IndexOfAny(['.', 'e', 'E']) >= 0 ? "float" : "int",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "map",
        _ => "unit",
    };

    public static object? FromJson(JsonElement e, string type) => type switch
    {
        "int" => e.GetInt64(),
        "float" => e.GetDouble(),
        "bool" => e.GetBoolean(),
        "string" => e.GetString(),
        "char" => e.GetString() is [var ch] ? ch : throw new InvalidDataException($"not a char: {e.GetRawText()}"),
        "unit" => null,
        "array" => e.EnumerateArray().Select(x => FromJson(x, TypeOf(x))).ToList(),
        "map" => e.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value, TypeOf(p.Value))),
        "blob" => e.EnumerateArray().Select(x => x.GetByte()).ToArray(),
        _ => throw new InvalidDataException($"unknown type '{type}'"),
    };

    /// <summary>Null when <paramref name="actual"/> is a <paramref name="type"/> that compares as stated, otherwise why not.</summary>
    public static string? Match(JsonElement expected, string type, object? actual, string compare, double tolerance)
    {
        switch (type)
        {
            case "int":
                if (actual is not long l)
                {
                    return $"not an int but {TypeName(actual)}";
                }

                return compare == "less_than"
                    ? (l < expected.GetInt64() ? null : "not less")
                    : l == expected.GetInt64() || (compare == "approx" && Math.Abs(l - expected.GetInt64()) <= tolerance) ? null : "different int";

            case "float":
                if (actual is not double d)
                {
                    return $"not a float but {TypeName(actual)}";
                }

                var x = expected.GetDouble();
                return compare switch
                {
                    "approx" => Math.Abs(d - x) <= tolerance ? null : $"differs by more than {tolerance}",
                    "less_than" => d < x ? null : "not less",
                    _ => d.Equals(x) ? null : "different float",
                };

            case "bool":
                return actual is bool b ? (b == expected.GetBoolean() ? null : "different bool") : $"not a bool but {TypeName(actual)}";

            case "string":
                return actual is string s ? (s == expected.GetString() ? null : "different string") : $"not a string but {TypeName(actual)}";

            case "char":
                return actual is char ch ? (ch.ToString() == expected.GetString() ? null : "different char") : $"not a char but {TypeName(actual)}";

            case "unit":
                return actual is null ? null : $"not unit but {TypeName(actual)}";

            case "blob":
                if (actual is not byte[] bytes)
                {
                    return $"not a blob but {TypeName(actual)}";
                }

                return bytes.SequenceEqual(expected.EnumerateArray().Select(e => e.GetByte())) ? null : "different bytes";

            case "array":
                {
                    if (actual is byte[] || actual is not IList list)
                    {
                        return $"not an array but {TypeName(actual)}";
                    }

                    var items = expected.EnumerateArray().ToList();
                    if (items.Count != list.Count)
                    {
                        return $"length {list.Count}, expected {items.Count}";
                    }

                    for (var i = 0; i < items.Count; i++)
                    {
                        if (Match(items[i], TypeOf(items[i]), list[i], compare, tolerance) is { } m)
                        {
                            return $"[{i}]: {m}";
                        }
                    }

                    return null;
                }

            case "map":
                {
                    if (actual is not IDictionary map)
                    {
                        return $"not a map but {TypeName(actual)}";
                    }

                    var props = expected.EnumerateObject().ToList();
                    if (props.Count != map.Count)
                    {
                        return $"{map.Count} properties, expected {props.Count}";
                    }

                    foreach (var p in props)
                    {
                        if (!map.Contains(p.Name))
                        {
                            return $"no property '{p.Name}'";
                        }

                        if (Match(p.Value, TypeOf(p.Value), map[p.Name], compare, tolerance) is { } m)
                        {
                            return $".{p.Name}: {m}";
                        }
                    }

                    return null;
                }

            default:
                return $"unknown type '{type}'";
        }
    }

    public static string TypeName(object? value) => value switch
    {
        null => "unit",
        long => "int",
        double => "float",
        bool => "bool",
        string => "string",
        char => "char",
        byte[] => "blob",
        IList => "array",
        IDictionary => "map",
        _ => value.GetType().Name,
    };

    /// <summary>Rhai-like debug text that keeps types apart (ints <c>1</c>, floats <c>1.0</c>, chars <c>'c'</c>).</summary>
    public static string Describe(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("()");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                sb.Append(text).Append(double.IsFinite(d) && text.IndexOfAny(['.', 'E']) < 0 ? ".0" : string.Empty);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case string s:
                sb.Append(JsonSerializer.Serialize(s));
                break;
            case char ch:
                sb.Append('\'').Append(ch).Append('\'');
                break;
            case byte[] bytes:
                sb.Append("blob[").Append(string.Join(", ", bytes)).Append(']');
                break;
            case IList list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    sb.Append(i == 0 ? string.Empty : ", ");
                    Append(sb, list[i]);
                }

                sb.Append(']');
                break;
            case IDictionary map:
                sb.Append("#{");
                var first = true;
                foreach (DictionaryEntry e in map)
                {
                    sb.Append(first ? string.Empty : ", ").Append(JsonSerializer.Serialize(e.Key.ToString())).Append(": ");
                    Append(sb, e.Value);
                    first = false;
                }

                sb.Append('}');
                break;
            default:
                sb.Append(value.GetType().Name).Append(' ').Append(value);
                break;
        }
    }
}
