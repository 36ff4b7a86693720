using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Hosting;

/// <summary>Options do what their XML docs say.</summary>
[TestFixture]
public class OptionDocumentationTests
{
    [Test]
    public void A_missing_map_property_is_unit_by_default() =>
        new Engine().Eval<object?>("let m = #{a: 1}; m.b").Should().BeNull();

    [Test]
    public void With_FailOnInvalidMapProperty_a_missing_map_property_is_PropertyNotFound()
    {
        var engine = new Engine { Options = EngineOptions.Default with { FailOnInvalidMapProperty = true } };
        var error = engine.Invoking(e => e.Eval<object?>("let m = #{a: 1};\nm.b")).Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.PropertyNotFound);
        error.Position.Line.Should().Be(2);
        engine.Eval<long>("let m = #{a: 1}; m.a").Should().Be(1);
    }
}
