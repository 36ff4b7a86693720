using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Syntax;

/// <summary>One line of the conformance corpus (<c>test/corpus/*.jsonl</c>), reduced to what the parser needs.</summary>
internal sealed record CorpusCase(string Id, string File, string Mode, string Script, string Expect, string? Phase, JsonElement? Options, JsonElement? Scope)
{
    public bool IsParseOnly => Mode is "compile" or "compile_expression";

    public bool IsExpressionMode => Mode is "compile_expression" or "eval_expression";

    /// <summary>Must fail while parsing.</summary>
    public bool MustFailParse => Expect == "error" && (Phase == "parse" || (Phase == "any" && IsParseOnly));

    /// <summary>May fail while parsing (an error expected at any phase of an evaluating mode).</summary>
    public bool MayFailParse => Expect == "error" && Phase == "any" && !IsParseOnly;

    public override string ToString() => Id;

    public Engine CreateEngine()
    {
        var engine = new Engine();
        if (Options is { } o)
        {
            engine.Options = ApplyOptions(EngineOptions.Default, o);
        }

        return engine;
    }

    public Ast Parse() => Parse(Script);

    /// <summary>Parses <paramref name="text"/> the way this case's mode, options and scope say.</summary>
    public Ast Parse(string text, bool? expressionMode = null)
    {
        var expression = expressionMode ?? IsExpressionMode;
        var engine = CreateEngine();
        if (Scope is { } s)
        {
            var scope = BuildScope(s);
            return expression ? engine.CompileExpression(text, scope) : engine.Compile(text, scope);
        }

        return expression ? engine.CompileExpression(text) : engine.Compile(text);
    }

    private static EngineOptions ApplyOptions(EngineOptions options, JsonElement json)
    {
        foreach (var p in json.EnumerateObject())
        {
            var v = p.Value;
            options = p.Name switch
            {
                "max_expr_depths" => options with { MaxExprDepth = v[0].GetInt32(), MaxFunctionExprDepth = v[1].GetInt32() },
                "max_string_size" => options with { MaxStringSize = v.GetInt64() },
                "max_array_size" => options with { MaxArraySize = v.GetInt64() },
                "max_map_size" => options with { MaxMapSize = v.GetInt64() },
                "max_functions" => options with { MaxFunctions = v.GetInt32() },
                "max_operations" => options with { MaxOperations = v.GetInt64() },
                "max_variables" => options with { MaxVariables = v.GetInt32() },
                "max_call_levels" => options with { MaxCallLevels = v.GetInt32() },
                "max_modules" => options with { MaxModules = v.GetInt32() },
                "strict_variables" => options with { StrictVariables = v.GetBoolean() },
                "fail_on_invalid_map_property" => options with { FailOnInvalidMapProperty = v.GetBoolean() },
                "allow_shadowing" => options with { AllowShadowing = v.GetBoolean() },
                "allow_if_expression" => options with { AllowIfExpression = v.GetBoolean() },
                "allow_switch_expression" => options with { AllowSwitchExpression = v.GetBoolean() },
                "allow_statement_expression" => options with { AllowStatementExpression = v.GetBoolean() },
                "allow_loop_expressions" => options with { AllowLoopExpressions = v.GetBoolean() },
                "allow_anonymous_fn" => options with { AllowAnonymousFn = v.GetBoolean() },
                "allow_looping" => options with { AllowLooping = v.GetBoolean() },
                "optimization_level" => options,
                _ => throw new InvalidOperationException($"Unknown corpus option '{p.Name}'"),
            };
        }

        return options;
    }

    private static Scope BuildScope(JsonElement json)
    {
        var scope = new Scope();
        foreach (var v in json.EnumerateArray())
        {
            var name = v.GetProperty("name").GetString()!;
            var value = v.GetProperty("value");
            object? converted = v.GetProperty("type").GetString() switch
            {
                "int" => value.GetInt64(),
                "float" => value.GetDouble(),
                "bool" => value.GetBoolean(),
                "string" => value.GetString(),
                "char" => value.GetString()![0],
                _ => null,
            };
            var constant = v.TryGetProperty("constant", out var c) && c.GetBoolean();
            _ = constant ? scope.PushConstant(name, converted) : scope.Push(name, converted);
        }

        return scope;
    }
}

/// <summary>The conformance corpus reduced to what the parser needs, read from the same files as <see cref="Conformance.ConformanceCorpus"/>.</summary>
internal static class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusCase>> All = new(Load);

    public static IReadOnlyList<CorpusCase> Cases => All.Value;

    /// <summary>Case sources: the ids of the matching cases.</summary>
    public static IEnumerable<TestCaseData> Source(Func<CorpusCase, bool> filter) =>
        Cases.Where(filter).Select(c => new TestCaseData(c.Id).SetName(c.Id));

    public static CorpusCase Get(string id) => Cases.Single(c => c.Id == id);

    private static IReadOnlyList<CorpusCase> Load()
    {
        var list = new List<CorpusCase>();
        foreach (var file in Conformance.ConformanceCorpus.Files)
        {
            foreach (var line in File.ReadLines(Conformance.ConformanceCorpus.PathOf(file)))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var root = JsonDocument.Parse(line).RootElement;
                string? Str(string name) => root.TryGetProperty(name, out var p) ? p.GetString() : null;
                JsonElement? El(string name) => root.TryGetProperty(name, out var p) ? p.Clone() : null;
                list.Add(new CorpusCase(Str("id")!, file, Str("mode")!, Str("script")!, Str("expect")!, Str("phase"), El("options"), El("scope")));
            }
        }

        return list;
    }
}

/// <summary>
/// Every corpus case, parse-only: <c>compile</c>/<c>compile_expression</c> cases parse or fail as the corpus says;
/// every other case that is not expected to fail while parsing must parse. Known failures are listed, with reasons,
/// in <c>parse-known-failures.txt</c>; a listed case that passes fails too, so the list stays honest.
/// </summary>
[TestFixture]
internal sealed class ParseConformanceTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> KnownFailures = new(LoadKnownFailures);

    private static IEnumerable<TestCaseData> ParseCases() => Corpus.Source(c => c.IsParseOnly);

    private static IEnumerable<TestCaseData> OtherCases() => Corpus.Source(c => !c.IsParseOnly && !c.MustFailParse && !c.MayFailParse);

    [TestCaseSource(nameof(ParseCases))]
    public void Compile_case_behaves_as_expected(string id) => Check(Corpus.Get(id));

    [TestCaseSource(nameof(OtherCases))]
    public void Evaluated_case_parses(string id) => Check(Corpus.Get(id));

    [Test]
    public void Known_failures_list_only_existing_cases()
    {
        var ids = Corpus.Cases.Select(c => c.Id).ToHashSet();
        KnownFailures.Value.Keys.Where(k => !ids.Contains(k)).Should().BeEmpty();
    }

    private static void Check(CorpusCase c)
    {
        var failure = Outcome(c);
        if (KnownFailures.Value.TryGetValue(c.Id, out var reason))
        {
            failure.Should().NotBeNull($"{c.Id} is listed in parse-known-failures.txt ({reason}) but now passes: remove it from the list");
            Assert.Pass($"Known failure: {reason} ({failure})");
        }

        failure.Should().BeNull($"script:\n{c.Script}");
    }

    /// <summary>Null when the case behaves as expected; otherwise what went wrong.</summary>
    private static string? Outcome(CorpusCase c)
    {
        try
        {
            c.Parse();
            return c.MustFailParse ? "parsed, but a ParseException was expected" : null;
        }
        catch (ParseException e)
        {
            return c.MustFailParse ? null : $"unexpected ParseException: {e.Message} at {e.Position}";
        }
    }

    private static Dictionary<string, string> LoadKnownFailures()
    {
        // The list lives in the source tree, beside this file.
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(RepoPaths.TestProject, "Syntax", "parse-known-failures.txt");
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            var id = hash < 0 ? line : line[..hash].Trim();
            result[id] = hash < 0 ? "no reason given" : line[(hash + 2)..].Trim();
        }

        return result;
    }
}
