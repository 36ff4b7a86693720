using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Hosting;

/// <summary>Script arrays and maps come out as the typed collections a host asks for, items converted, mismatches named.</summary>
public class TypedResultTests
{
    private static readonly Engine Engine = new();

    public sealed record Line(string Sku, int Quantity, decimal UnitPrice, string Note = "none");

    public sealed record Quote(string Id, List<Line> Lines, Dictionary<string, decimal> Taxes);

    public sealed class Settings
    {
        public long Retries { get; set; } = 3;

        public string Label { get; set; } = "default";

        public bool Enabled { get; set; }
    }

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
    public void A_map_becomes_a_record_by_its_constructor_with_any_key_case()
    {
        var quote = Engine.Eval<Quote>("""
            #{ id: "q1", lines: [#{ sku: "A", quantity: 2, unit_price: 1.5 }, #{ Sku: "B", quantity: 1, unitPrice: 4, note: "gift" }],
               taxes: #{ DE: 0.19 } }
            """);

        quote.Id.Should().Be("q1");
        quote.Lines.Should().Equal(new Line("A", 2, 1.5m), new Line("B", 1, 4m, "gift"));
        quote.Taxes.Should().Equal(new Dictionary<string, decimal> { ["DE"] = 0.19m });
    }

    [Test]
    public void A_map_becomes_a_class_by_its_settable_properties_and_missing_keys_keep_their_initializers()
    {
        var settings = Engine.Eval<Settings>("#{ enabled: true, retries: 5 }");

        settings.Enabled.Should().BeTrue();
        settings.Retries.Should().Be(5);
        settings.Label.Should().Be("default");
    }

    [Test]
    public void A_missing_constructor_value_names_its_path()
    {
        var act = () => Engine.Eval<Quote>("#{ id: \"q1\", lines: [#{ sku: \"A\", unit_price: 1.5 }], taxes: #{} }");

        act.Should().Throw<RuntimeException>().WithMessage("*result.lines[0]: missing 'quantity'*");
    }

    [Test]
    public void A_wrong_value_inside_a_record_names_its_path()
    {
        var act = () => Engine.Eval<Line>("#{ sku: \"A\", quantity: \"two\", unit_price: 1.5 }");

        act.Should().Throw<RuntimeException>().WithMessage("*result.quantity: expected System.Int32, got string*");
    }

    [Test]
    public void Scope_reads_convert_the_same_way()
    {
        var scope = new Scope();
        Engine.Run("let totals = [10, 20];", scope);

        scope.Get<List<long>>("totals").Should().Equal(10L, 20L);
    }
}
