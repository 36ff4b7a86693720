using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Hosting;

/// <summary>Host enum values compare with their names and print as them, and go back to the host as values of their type.</summary>
public class HostEnumTests
{
    public enum Tier
    {
        Bronze,
        Silver,
        Gold,
    }

    [Flags]
    public enum Access
    {
        None = 0,
        Read = 1,
        Write = 2,
    }

    private static readonly Engine Engine = new();

    private static Scope With(object tier) => new Scope().Push("tier", tier);

    [TestCase(Tier.Gold, "tier == \"Gold\"", true)]
    [TestCase(Tier.Silver, "tier == \"Gold\"", false)]
    [TestCase(Tier.Silver, "tier != \"Gold\"", true)]
    [TestCase(Tier.Gold, "\"Gold\" == tier", true)]
    [TestCase(Tier.Gold, "tier == \"gold\"", false)]
    [TestCase(Tier.Gold, "tier in [\"Silver\", \"Gold\"]", true)]
    public void An_enum_value_equals_its_name(Tier tier, string rule, bool expected) =>
        Engine.Eval<bool>(rule, With(tier)).Should().Be(expected);

    [Test]
    public void An_enum_value_equals_another_value_of_its_type()
    {
        var scope = new Scope().Push("a", Tier.Gold).Push("b", Tier.Gold).Push("c", Tier.Bronze);

        Engine.Eval<bool>("a == b && a != c", scope).Should().BeTrue();
    }

    [Test]
    public void An_enum_value_prints_as_its_name_everywhere()
    {
        Engine.Eval<string>("`${tier}` + \"|\" + tier.to_string() + \"|\" + tier.to_debug() + \"|\" + #{t: tier}.to_json()", With(Tier.Silver))
            .Should().Be("Silver|Silver|Silver|{\"t\":\"Silver\"}");
    }

    [Test]
    public void Switch_matches_an_enum_value_by_name() =>
        Engine.Eval<long>("switch tier { \"Bronze\" => 1, \"Gold\" => 3, _ => 0 }", With(Tier.Gold)).Should().Be(3);

    [Test]
    public void A_flags_combination_compares_and_prints_as_dotnet_names_it()
    {
        var scope = With(Access.Read | Access.Write);

        Engine.Eval<string>("`${tier}`", scope).Should().Be("Read, Write");
        Engine.Eval<bool>("tier == \"Read, Write\"", scope).Should().BeTrue();
    }

    [TestCase("tier.contains(\"Read\")", true)]
    [TestCase("\"Write\" in tier", true)]
    [TestCase("tier.contains(\"None\")", false)]
    [TestCase("tier.contains(\"Execute\")", false)]
    [TestCase("tier.contains(\"1\")", false)]
    [TestCase("tier.contains(other)", true)]
    public void A_flags_value_contains_its_flags_by_name_or_value(string rule, bool expected)
    {
        var scope = new Scope().Push("tier", Access.Read | Access.Write).Push("other", Access.Write);

        Engine.Eval<bool>(rule, scope).Should().Be(expected);
    }

    [Test]
    public void An_enum_value_goes_back_to_the_host_as_itself_and_a_name_converts_to_it()
    {
        Engine.Eval<Tier>("tier", With(Tier.Silver)).Should().Be(Tier.Silver);
        Engine.Eval<Tier>("\"Gold\"").Should().Be(Tier.Gold);
    }

    [TestCase("\"Platinum\"")]
    [TestCase("\"2\"")]
    public void A_string_that_is_not_a_name_of_the_enum_is_a_mismatch(string script) =>
        FluentActions.Invoking(() => Engine.Eval<Tier>(script))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.MismatchOutputType);
}
