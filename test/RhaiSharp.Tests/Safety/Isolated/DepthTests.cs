using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety.Isolated;

/// <summary>
/// Deep nesting never overflows the stack: under the default limits a long chain is <c>ExprTooDeep</c> at parse time,
/// as in Rhai; with the depth limits off it runs or fails with a clear error. Each script runs in a child process.
/// </summary>
[TestFixture]
public class DepthTests
{
    private const int Links = 30_000;

    private static readonly object DepthLimitsOff = new { MaxExprDepth = 0, MaxFunctionExprDepth = 0 };

    /// <summary>A root and one link of each postfix chain kind.</summary>
    private static IEnumerable<TestCaseData> Chains()
    {
        yield return new TestCaseData("let a = #{b: 1}; a", ".b").SetArgDisplayNames("property");
        yield return new TestCaseData("let a = [1]; a", "[0]").SetArgDisplayNames("index");
        yield return new TestCaseData("let a = \"x\"; a", ".len()").SetArgDisplayNames("method");
        yield return new TestCaseData("let a = (); a", "?.b").SetArgDisplayNames("null_safe_property");
        yield return new TestCaseData("let a = (); a", "?[0]").SetArgDisplayNames("null_safe_index");
    }

    private static string Chain(string root, string link) => root + string.Concat(Enumerable.Repeat(link, Links));

    [TestCaseSource(nameof(Chains))]
    public void A_long_chain_is_too_deep_at_parse_time_under_default_limits(string root, string link)
    {
        var outcome = ChildProcess.Run(Chain(root, link));
        outcome.Outcome.Should().Be("parse", outcome.ToString());
        outcome.Kind.Should().Be(nameof(ParseErrorKind.ExprTooDeep));
        outcome.Line.Should().Be(1);
    }

    [TestCaseSource(nameof(Chains))]
    public void A_long_chain_with_depth_limits_off_fails_cleanly(string root, string link)
    {
        var outcome = ChildProcess.Run(Chain(root, link), DepthLimitsOff);
        outcome.Outcome.Should().Be("parse", outcome.ToString());
        outcome.Kind.Should().Be(nameof(ParseErrorKind.ExprTooDeep));
        outcome.Column.Should().BeGreaterThan(0);
    }

    [TestCaseSource(nameof(Chains))]
    public void A_long_chain_inside_a_function_with_depth_limits_off_fails_cleanly(string root, string link)
    {
        var (init, target) = SplitRoot(root);
        var outcome = ChildProcess.Run($"fn f(a) {{ {Chain("a", link)} }} {init} f({target})", DepthLimitsOff);
        outcome.Outcome.Should().Be("parse", outcome.ToString());
        outcome.Kind.Should().Be(nameof(ParseErrorKind.ExprTooDeep));
    }

    [TestCaseSource(nameof(Chains))]
    public void A_long_chain_inside_a_closure_with_depth_limits_off_fails_cleanly(string root, string link)
    {
        var (init, target) = SplitRoot(root);
        var outcome = ChildProcess.Run($"{init} let f = |a| {Chain("a", link)}; f.call({target})", DepthLimitsOff);
        outcome.Outcome.Should().Be("parse", outcome.ToString());
        outcome.Kind.Should().Be(nameof(ParseErrorKind.ExprTooDeep));
    }

    [TestCaseSource(nameof(Chains))]
    public void A_long_chain_through_eval_fails_as_a_script_error(string root, string link)
    {
        var outcome = ChildProcess.Run($"eval(\"{Chain(root, link).Replace("\"", "\\\"")}\")", DepthLimitsOff);
        // Parsing and lowering the eval'd code are both the eval call's work: a runtime error of kind Parsing.
        outcome.Outcome.Should().Be("runtime", outcome.ToString());
        outcome.Kind.Should().Be(nameof(RuntimeErrorKind.Parsing));
        outcome.Message.Should().Contain("ExprTooDeep");
    }

    [Test]
    public void Rhai_rejects_a_62_link_property_chain_and_so_do_we()
    {
        var outcome = ChildProcess.Run("let a = #{b: 1};\na" + string.Concat(Enumerable.Repeat(".b", 63)));
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "parse" && o.Kind == nameof(ParseErrorKind.ExprTooDeep), outcome.ToString());
    }

    [Test]
    public void A_short_chain_still_runs()
    {
        var outcome = ChildProcess.Run("let a = #{b: #{b: #{b: 7}}}; a.b.b.b");
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "value" && o.Value == "7", outcome.ToString());
    }

    [TestCaseSource(nameof(Chains))]
    public void Printing_a_long_chain_with_depth_limits_off_gives_the_tree_or_fails_cleanly(string root, string link)
    {
        var outcome = ChildProcess.Run(Chain(root, link), DepthLimitsOff, mode: "ast");
        (outcome.Outcome == "value" || outcome is { Outcome: "parse", Kind: nameof(ParseErrorKind.ExprTooDeep) })
            .Should().BeTrue(outcome.ToString());
    }

    private static (string Init, string Target) SplitRoot(string root)
    {
        var cut = root.LastIndexOf(';');
        return (root[..(cut + 1)], root[(cut + 1)..].Trim());
    }
}
