using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Hosting;

/// <summary>Script arrays and maps come out as the typed collections a host asks for, items converted, mismatches named.</summary>
public class TypedResultTests
{
    private static readonly Engine Engine = new();

    [Test]
    public void An_array_of_ints_is_a_list_of_longs() =>
        Engine.Eval<List<long>>("[1, 2, 3]").Should().Equal(1L, 2L, 3L);

    [Test]
    public void An_array_converts_to_a_typed_array_and_to_list_interfaces()
    {
        Engine.Eval<int[]>("[1, 2]").Should().Equal(1, 2);
        Engine.Eval<IReadOnlyList<double>>("[1, 2.5]").Should().Equal(1.0, 2.5);
        Engine.Eval<IEnumerable<string>>("[\"a\", \"b\"]").Should().Equal("a", "b");
    }

    [Test]
    public void A_map_is_a_dictionary_with_plain_values()
    {
        var result = Engine.Eval<Dictionary<string, object?>>("#{a: 1, b: [true], c: ()}");

        result.Should().BeEquivalentTo(new Dictionary<string, object?> { ["a"] = 1L, ["b"] = new List<object?> { true }, ["c"] = null });
    }

    [Test]
    public void Typed_collections_nest()
    {
        var result = Engine.Eval<Dictionary<string, List<decimal>>>("#{prices: [1.5, 2], empty: []}");

        result["prices"].Should().Equal(1.5m, 2m);
        result["empty"].Should().BeEmpty();
    }

    [Test]
    public void A_mismatched_item_names_its_path()
    {
        var act = () => Engine.Eval<Dictionary<string, List<long>>>("#{items: [1, 2, \"three\"]}");

        act.Should().Throw<RuntimeException>()
            .Where(e => e.Kind == RuntimeErrorKind.MismatchOutputType)
            .WithMessage("*result.items[2]: expected i64, got string*");
    }

    [Test]
    public void A_value_that_is_not_a_container_is_a_mismatch_at_the_root()
    {
        var act = () => Engine.Eval<List<long>>("42");

        act.Should().Throw<RuntimeException>().WithMessage("*result: expected array, got i64*");
    }

    [Test]
    public void Scope_reads_convert_the_same_way()
    {
        var scope = new Scope();
        Engine.Run("let totals = [10, 20];", scope);

        scope.Get<List<long>>("totals").Should().Equal(10L, 20L);
    }
}
