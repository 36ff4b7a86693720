using System.Text;
using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Syntax;

namespace RhaiSharp.Tests.Syntax;

internal sealed partial class ParserTests
{
    private static readonly ParseOptions Unlimited = ParseOptions.Default with { Language = LanguageOptions.Default with { MaxExprDepth = 0, MaxFunctionExprDepth = 0 } };

    private const int Deep = 100_000;

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static void ShouldBeTooDeep(string script)
    {
        // Run on a thread with a small stack too, so the test also holds where stacks are tight.
        ParseException? caught = null;
        Exception? other = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parse(script, Unlimited);
                }
                catch (ParseException e)
                {
                    caught = e;
                }
                catch (Exception e)
                {
                    other = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        other.Should().BeNull();
        caught.Should().NotBeNull("a script this deep must be rejected");
        caught!.Kind.Should().Be(ParseErrorKind.ExprTooDeep);
    }

    [Test]
    public void Deeply_nested_parentheses_are_too_deep() => ShouldBeTooDeep(Repeat("(", Deep) + "1" + Repeat(")", Deep));

    [Test]
    public void Deeply_nested_brackets_are_too_deep() => ShouldBeTooDeep(Repeat("[", Deep) + Repeat("]", Deep));

    [Test]
    public void Deeply_nested_blocks_are_too_deep() => ShouldBeTooDeep(Repeat("{", Deep) + Repeat("}", Deep));

    [Test]
    public void Deeply_nested_maps_are_too_deep() => ShouldBeTooDeep("let x = " + Repeat("#{a:", Deep) + "1" + Repeat("}", Deep));

    [Test]
    public void Long_unary_minus_chain_is_too_deep() => ShouldBeTooDeep(Repeat("- ", Deep) + "1"); // "--" is reserved

    [Test]
    public void Double_minus_is_reserved() => ShouldFail("--x", ParseErrorKind.Reserved, 1, 1);

    [Test]
    public void Long_not_chain_is_too_deep() => ShouldBeTooDeep(Repeat("!", Deep) + "x");

    [Test]
    public void Long_else_if_chain_is_too_deep() => ShouldBeTooDeep("if a { 1 }" + Repeat(" else if a { 1 }", Deep));

    [Test]
    public void Deeply_nested_if_expressions_are_too_deep() => ShouldBeTooDeep(Repeat("if a { ", Deep) + "1" + Repeat(" }", Deep));

    [Test]
    public void Deeply_nested_closures_are_too_deep() => ShouldBeTooDeep(Repeat("|| ", Deep) + "1");

    [Test]
    public void Deeply_nested_interpolations_are_rejected()
    {
        var script = Repeat("`${", 2000) + "1" + Repeat("}`", 2000);
        var act = () => Parse(script, Unlimited);
        act.Should().Throw<ParseException>();
    }

    [Test]
    public void Long_right_associative_power_chain_is_too_deep() => ShouldBeTooDeep(string.Join(" ** ", Enumerable.Repeat("2", Deep)));

    [Test]
    public void Long_addition_chain_parses_with_unlimited_depth() =>
        Parse(string.Join(" + ", Enumerable.Repeat("a", 10_000)), Unlimited).Statements.Should().ContainSingle();

    [Test]
    public void Long_method_chain_parses_with_unlimited_depth() =>
        Parse("a" + Repeat(".b()", 10_000), Unlimited).Statements.Should().ContainSingle();

    [Test]
    public void Long_property_assignment_chain_parses_with_unlimited_depth() =>
        Parse("a" + Repeat(".b", 10_000) + " = 1;", Unlimited).Statements.Should().ContainSingle();

    [Test]
    public void Many_statements_parse() => Parse(Repeat("let x = 1;\n", 20_000)).Statements.Should().HaveCount(20_000);

    // ---- garbage: only an Ast or a ParseException, never anything else ----

    private static readonly string[] Fragments =
    [
        "let", "const", "x", "y", "=", "+=", "**=", "1", "2.5", "1e", "0x", "\"s", "\"str\"", "'c'", "`a${", "}`", "`", "(", ")", "[", "]",
        "{", "}", "#{", ":", ",", ";", ".", "?.", "?[", "??", "..", "..=", "::", "global", "this", "fn", "private", "|", "||", "&&",
        "if", "else", "switch", "=>", "_", "while", "loop", "do", "until", "for", "in", "!in", "break", "continue", "return", "throw",
        "try", "catch", "import", "export", "as", "Fn", "!", "-", "*", "<<", ">>", "/*", "*/", "//", "///", "\n", " ", "var", "9223372036854775808",
    ];

    private static IEnumerable<string> RandomScripts()
    {
        var random = new Random(20240601);
        for (var i = 0; i < 4000; i++)
        {
            var sb = new StringBuilder();
            var n = random.Next(1, 30);
            for (var j = 0; j < n; j++)
            {
                if (random.Next(4) == 0)
                {
                    sb.Append((char)random.Next(1, 0x3000));
                }
                else
                {
                    sb.Append(Fragments[random.Next(Fragments.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
                }
            }

            yield return sb.ToString();
        }
    }

    private static string? UnexpectedFailure(string script, Func<string, Ast> parse)
    {
        try
        {
            parse(script);
            return null;
        }
        catch (ParseException)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message} for script {script}";
        }
    }

    [Test]
    public void Random_scripts_give_an_ast_or_a_parse_exception()
    {
        var failures = RandomScripts()
            .SelectMany(s => new[] { UnexpectedFailure(s, t => Parse(t)), UnexpectedFailure(s, t => Parser.ParseExpression(t, ParseOptions.Default)) })
            .Where(f => f is not null)
            .ToList();
        failures.Should().BeEmpty();
    }

    [Test]
    public void Every_prefix_of_every_corpus_script_gives_an_ast_or_a_parse_exception()
    {
        var failures = new List<string>();
        foreach (var script in Corpus.Cases.Select(c => c.Script).Distinct())
        {
            for (var i = 0; i <= script.Length; i++)
            {
                if (UnexpectedFailure(script[..i], t => Parse(t)) is { } f)
                {
                    failures.Add(f);
                }
            }
        }

        failures.Should().BeEmpty();
    }
}
