using RulesEngine.Models;

namespace MicrosoftRulesEngineAdapter;

/// <summary>
/// Microsoft's RulesEngine used as its documentation shows (a workflow of rules, <c>ExecuteAllRulesAsync</c> with rule
/// parameters), exposed as delegates of framework types so code in another AssemblyLoadContext can call it directly.
/// </summary>
public static class Adapter
{
    private const string Workflow = "benchmark";

    /// <summary>An engine built once for <paramref name="expression"/>; it compiles the rule on first use and caches it.</summary>
    public static Func<long, long, string, bool> Prepare(string expression)
    {
        var engine = Create(expression);
        return (x, y, name) => Execute(engine, x, y, name);
    }

    /// <summary>From text to a result: a new engine, whose first execution parses and compiles the rule.</summary>
    public static bool CompileAndRun(string expression, long x, long y, string name) => Execute(Create(expression), x, y, name);

    private static RulesEngine.RulesEngine Create(string expression) =>
        new([new Workflow { WorkflowName = Workflow, Rules = [new Rule { RuleName = "rule", Expression = expression }] }], new ReSettings());

    private static bool Execute(RulesEngine.RulesEngine engine, long x, long y, string name)
    {
        var results = engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("x", x), new RuleParameter("y", y), new RuleParameter("name", name))
            .GetAwaiter().GetResult();
        return results[0].IsSuccess;
    }
}
