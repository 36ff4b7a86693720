using System.Text;
using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety;

/// <summary>
/// Compiling is bounded too: the script's length, its number of statements and of functions each have a configurable
/// limit, checked before or while parsing, and each error names its limit.
/// </summary>
[TestFixture]
public class CompilationLimitTests
{
    private static string Statements(int count)
    {
        var sb = new StringBuilder("let x = 0;\n");
        for (var i = 1; i < count; i++)
        {
            sb.Append("x += 1;\n");
        }

        return sb.ToString();
    }

    [Test]
    public void The_default_limits_are_16_MiB_of_text_200000_statements_and_10000_functions()
    {
        EngineOptions.Default.MaxScriptLength.Should().Be(16 * 1024 * 1024);
        EngineOptions.Default.MaxStatements.Should().Be(200_000);
        EngineOptions.Default.MaxFunctions.Should().Be(10_000);
    }

    [Test]
    public void A_script_longer_than_the_limit_is_refused_before_parsing()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxScriptLength = 100 } };
        var error = engine.Invoking(e => e.Compile(new string(' ', 101) + "1")).Should().Throw<ParseException>().Which;
        error.Kind.Should().Be(ParseErrorKind.ScriptTooLarge);
        error.RawMessage.Should().Contain("limit 100");
        engine.Compile(new string(' ', 99) + "1").Should().NotBeNull();
    }

    [Test]
    public void More_statements_than_the_limit_fail_at_the_first_one_over()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxStatements = 50 } };
        engine.Compile(Statements(50)).Should().NotBeNull();
        var error = engine.Invoking(e => e.Compile(Statements(51))).Should().Throw<ParseException>().Which;
        error.Kind.Should().Be(ParseErrorKind.TooManyStatements);
        error.RawMessage.Should().Contain("limit 50");
        error.Position.Line.Should().Be(51);
    }

    [Test]
    public void Statements_in_functions_closures_and_blocks_count()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxStatements = 5 } };
        engine.Invoking(e => e.Compile("fn f() { 1; 2; 3; } let g = || { 4; 5; }; 6;")).Should().Throw<ParseException>()
            .Which.Kind.Should().Be(ParseErrorKind.TooManyStatements);
    }

    [Test]
    public void A_limit_of_zero_means_no_limit()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxStatements = 0, MaxScriptLength = 0 } };
        engine.Compile(Statements(300_000)).Should().NotBeNull();
    }

    [Test]
    public void More_functions_than_the_limit_are_refused()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxFunctions = 3 } };
        engine.Invoking(e => e.Compile("fn a() {} fn b() {} fn c() {} fn d() {}")).Should().Throw<ParseException>()
            .Which.Kind.Should().Be(ParseErrorKind.TooManyFunctions);
    }

    [Test]
    public void A_large_rule_set_fits_the_default_limits()
    {
        // 20,000 rules as functions would exceed 10,000 functions; as one expression each (a rule set's shape) they fit.
        var sb = new StringBuilder("let hits = 0;\n");
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append("if total > ").Append(i).Append(" && tier == \"gold\" { hits += 1; }\n");
        }

        var scope = new Scope().Push("total", 100L).Push("tier", "gold");
        new Engine().Eval<long>(sb + "hits", scope).Should().Be(100);
    }

    [Test]
    public void Eval_inside_a_script_is_bounded_by_the_same_limits()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxStatements = 10 } };
        var error = engine.Invoking(e => e.Run("eval(\"" + string.Concat(Enumerable.Repeat("1;", 20)) + "\")"))
            .Should().Throw<RuntimeException>().Which;
        error.Message.Should().Contain("TooManyStatements");
    }
}
