using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Syntax;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Tests.Syntax;

/// <summary>Parser tests: shapes are asserted through the normalized, fully parenthesized printer output.</summary>
[TestFixture]
internal sealed partial class ParserTests
{
    private static Ast Parse(string script, ParseOptions? options = null) => Parser.ParseScript(script, options ?? ParseOptions.Default);

    /// <summary>The printed script on one line: newlines and indentation collapse to single spaces.</summary>
    private static string Print(string script, ParseOptions? options = null) => Flat(AstPrinter.Print(Parse(script, options)));

    /// <summary>The printed form of a script that is a single expression statement.</summary>
    private static string Expr(string script, ParseOptions? options = null)
    {
        var ast = Parse(script, options);
        ast.Statements.Should().ContainSingle();
        ast.Statements[0].Should().BeOfType<ExprStmt>();
        return Flat(AstPrinter.Print(((ExprStmt)ast.Statements[0]).Expression));
    }

    private static T Single<T>(string script, ParseOptions? options = null)
        where T : Stmt
    {
        var ast = Parse(script, options);
        ast.Statements.Should().ContainSingle();
        return ast.Statements[0].Should().BeOfType<T>().Subject;
    }

    private static string Flat(string text) => Regex.Replace(text.Trim(), @"\s*\n\s*", " ");

    private static ParseException ParseError(string script, ParseOptions? options = null)
    {
        var act = () => Parse(script, options);
        return act.Should().Throw<ParseException>().Which;
    }

    private static void ShouldFail(string script, ParseErrorKind kind, int line, int column, ParseOptions? options = null)
    {
        var e = ParseError(script, options);
        e.Kind.Should().Be(kind, e.Message);
        (e.Position.Line, e.Position.Column).Should().Be((line, column), e.Message);
    }
}
