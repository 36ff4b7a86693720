using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety;

/// <summary>Every error a script can cause names where it happened: limit errors from stores and interpolation, host formatting that throws.</summary>
[TestFixture]
public class ErrorPositionTests
{
    private sealed class Widget;

    private static Engine Limited() =>
        new Engine { Options = EngineOptions.Default with { MaxMapSize = 2, MaxStringSize = 12 } };

    [TestCase("let m = #{a: 1, b: 2};\nm[\"c\"] = 3;", 2, 2)]
    [TestCase("let m = #{a: 1, b: 2};\nm.c = 3;", 2, 3)]
    [TestCase("let s = \"abcdefghij\";\nlet t = `${s}${s}`;", 2, 9)]
    public void A_limit_error_from_a_store_or_an_interpolation_has_the_position_of_that_expression(string script, int line, int column)
    {
        var error = SafetyAssert.FailsWith(Limited(), script, RuntimeErrorKind.DataTooLarge);
        error.Position.Should().Be(new Position(line, column));
    }

    [Test]
    public void A_host_formatter_that_throws_inside_print_is_a_catchable_error_at_the_print()
    {
        var scope = new Scope().Push("w", new Widget());
        var engine = new Engine().OnPrint(_ => { })
            .RegisterType<Widget>("Widget", t => t.OnToString(_ => throw new FormatException("secret")));
        var error = engine.Invoking(e => e.Run("let x = 1;\nprint(w);", scope)).Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.Runtime);
        error.Position.Line.Should().Be(2);
        error.RawMessage.Should().NotContain("secret");
        engine.Eval<string>("let r = \"\"; try { print(w); } catch { r = \"caught\"; } r", scope).Should().Be("caught");
    }
}
