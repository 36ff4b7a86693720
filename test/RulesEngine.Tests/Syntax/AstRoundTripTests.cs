using FluentAssertions;
using NUnit.Framework;
using RulesEngine.SyntaxTree;

namespace RulesEngine.Tests.Syntax;

/// <summary>
/// Property over the corpus: for every script that parses, printing the AST, re-parsing the printed text and printing
/// again gives the same text (the printer's output is valid Rhai that means the same).
/// </summary>
[TestFixture]
internal sealed class AstRoundTripTests
{
    private static IEnumerable<TestCaseData> Scripts() => Corpus.Source(c => !c.MustFailParse);

    [TestCaseSource(nameof(Scripts))]
    public void Printed_ast_reparses_to_the_same_print(string id)
    {
        var c = Corpus.Get(id);
        Ast ast;
        try
        {
            ast = c.Parse();
        }
        catch (ParseException)
        {
            Assert.Ignore("does not parse (covered by the conformance tests)");
            return;
        }

        var first = AstPrinter.Print(ast);
        string second;
        try
        {
            second = AstPrinter.Print(c.Parse(first, expressionMode: false));
        }
        catch (ParseException e)
        {
            Assert.Fail($"printed text does not parse: {e.Message} at {e.Position}\n--- printed ---\n{first}");
            return;
        }

        second.Should().Be(first, $"printing must be stable\n--- script ---\n{c.Script}");
    }
}
