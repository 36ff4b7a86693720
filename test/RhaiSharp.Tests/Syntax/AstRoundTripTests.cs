using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Tests.Syntax;

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

    [TestCase("let x = -5; let y = - 5; let z = -x; 1 - -2")]
    [TestCase("-9223372036854775808 + 9223372036854775807")]
    [TestCase("9223372036854775808")]
    [TestCase("[1.0, -0.0, 1e300, 1.5e-7, 0.1 + 0.2, -2.5 ** 2]")]
    [TestCase("\"a\\tb\\n\\\"c\\\\\" + 'x' + '\\'' + \"\\u00e9\\U0001F600\"")]
    [TestCase("`tick `` and \\${x} and ${y} and $ {z}`")]
    [TestCase("`a\nb ${ `c ${ d } e` } f`")]
    [TestCase("switch x { 1 | 2 if y => { let z = 1; z }, 3..5 => -1, [1, 2] => #{a: 1}, _ => throw \"no\" }")]
    [TestCase("let f = |a, b| { a + b }; let g = || 1; let h = |x| x.y = 2; f.call(1, 2)")]
    [TestCase("fn \"Custom-Type\".m(a,) { this.a ?? a } private fn p() { return; }")]
    [TestCase("let a = #{\"a b\": 1, c: [1, #{}]}; a?.c?[0] ?? a.b.c[1].d(2)")]
    [TestCase("do { x -= 1 } until x < 0; loop { if x { break x } else { continue } }")]
    [TestCase("let x = if a { 1 } else if b { 2 }; let y = { 1; 2 }; x in y; x !in y")]
    [TestCase("import \"m\" as m; m::f(global::C); export let q = 1; export q as r")]
    public void Handwritten_script_round_trips(string script)
    {
        var first = AstPrinter.Print(new Engine().Compile(script));
        var second = AstPrinter.Print(new Engine().Compile(first));
        second.Should().Be(first);
    }
}
