using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Hosting;

/// <summary>JSON bodies go straight into scripts, and results come out as JSON that System.Text.Json can write.</summary>
public class JsonValueTests
{
    private const string Body = """{"id": 7, "total": 12.5, "vip": true, "note": null, "lines": [{"sku": "A", "qty": 2}]}""";

    private static readonly Engine Engine = new();

    private static object Read(object json, string script) => Engine.Eval<object>(script, new Scope().Push("order", json))!;

    [Test]
    public void A_json_element_is_a_map_of_script_values()
    {
        using var document = JsonDocument.Parse(Body);

        Read(document.RootElement, "[type_of(order.id), type_of(order.total), type_of(order.vip), type_of(order.note), order.lines[0].sku]")
            .Should().BeEquivalentTo(new object[] { "i64", "f64", "bool", "()", "A" });
    }

    [Test]
    public void A_json_document_and_a_json_node_read_the_same()
    {
        using var document = JsonDocument.Parse(Body);
        const string rule = "order.lines[0].qty * 10 + order.id";

        Read(document, rule).Should().Be(27L);
        Read(JsonNode.Parse(Body)!, rule).Should().Be(27L);
        Read(new JsonObject { ["id"] = 7, ["lines"] = new JsonArray(new JsonObject { ["qty"] = 2 }) }, rule).Should().Be(27L);
    }

    [Test]
    public void A_result_converts_to_a_json_node_that_serializes()
    {
        var node = Engine.Eval<JsonNode>("#{total: 12.5, ok: true, items: [1, \"two\", ()]}");

        node!.ToJsonString().Should().Be("""{"items":[1,"two",null],"ok":true,"total":12.5}""");
        Engine.Eval<JsonElement>("[1, 2]").GetArrayLength().Should().Be(2);
    }

    [Test]
    public void An_infinity_in_a_json_result_is_an_error_naming_where_it_is()
    {
        var act = () => Engine.Eval<JsonNode>("#{price: 1.0 / 0}");

        act.Should().Throw<RuntimeException>()
            .Where(e => e.Kind == RuntimeErrorKind.MismatchOutputType)
            .WithMessage("*result.price: inf cannot be represented in JSON*");
    }

    [Test]
    public void A_script_changing_a_json_body_leaves_the_host_document_unchanged()
    {
        var body = JsonNode.Parse(Body)!;

        Read(body, "order.id = 8; order.id").Should().Be(8L);
        body["id"]!.GetValue<long>().Should().Be(7);
    }
}
