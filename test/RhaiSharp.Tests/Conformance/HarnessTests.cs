using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Conformance;

/// <summary>Checks the conformance harness itself: option mapping, value matching, the known-failures file.</summary>
[TestFixture]
public class HarnessTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Test]
    public void Every_documented_option_maps_to_engine_options()
    {
        var o = CaseRunner.ApplyOptions(EngineOptions.Default, Json("""
            {"max_string_size": 1, "max_array_size": 2, "max_map_size": 3, "max_operations": 4, "max_call_levels": 5,
             "max_variables": 6, "max_functions": 7, "max_modules": 8, "max_expr_depths": [9, 10],
             "optimization_level": "None", "strict_variables": true, "fail_on_invalid_map_property": true,
             "allow_if_expression": false, "allow_switch_expression": false, "allow_statement_expression": false,
             "allow_loop_expressions": false, "allow_anonymous_fn": false, "allow_looping": false, "allow_shadowing": false}
            """));

        o.Should().Be(new EngineOptions
        {
            MaxStringSize = 1,
            MaxArraySize = 2,
            MaxMapSize = 3,
            MaxOperations = 4,
            MaxCallLevels = 5,
            MaxVariables = 6,
            MaxFunctions = 7,
            MaxModules = 8,
            MaxExprDepth = 9,
            MaxFunctionExprDepth = 10,
            StrictVariables = true,
            FailOnInvalidMapProperty = true,
            AllowIfExpression = false,
            AllowSwitchExpression = false,
            AllowStatementExpression = false,
            AllowLoopExpressions = false,
            AllowAnonymousFn = false,
            AllowLooping = false,
            AllowShadowing = false,
        });
    }

    [Test]
    public void Unknown_option_is_rejected() =>
        FluentActions.Invoking(() => CaseRunner.ApplyOptions(EngineOptions.Default, Json("""{"max_bogus": 1}""")))
            .Should().Throw<InvalidDataException>();

    [Test]
    public void Int_and_float_are_different_types()
    {
        Plain.Match(Json("2"), "int", 2L, "equal", 0).Should().BeNull();
        Plain.Match(Json("2"), "int", 2.0, "equal", 0).Should().NotBeNull();
        Plain.Match(Json("2.0"), "float", 2L, "equal", 0).Should().NotBeNull();
    }

    [Test]
    public void Array_items_without_fraction_are_ints_and_maps_nest()
    {
        object actual = new List<object?> { 7L, new List<object?>(), new SortedDictionary<string, object?> { ["a"] = 1.5 }, null };
        Plain.Match(Json("""[7, [], {"a": 1.5}, null]"""), "array", actual, "equal", 0).Should().BeNull();
        Plain.Match(Json("""[7.0, [], {"a": 1.5}, null]"""), "array", actual, "equal", 0).Should().Contain("[0]");
    }

    [Test]
    public void Blobs_are_byte_arrays_not_arrays()
    {
        Plain.Match(Json("[1, 2]"), "blob", new byte[] { 1, 2 }, "equal", 0).Should().BeNull();
        Plain.Match(Json("[1, 2]"), "array", new byte[] { 1, 2 }, "equal", 0).Should().NotBeNull();
    }

    [Test]
    public void Approx_and_less_than()
    {
        Plain.Match(Json("0.5"), "float", 0.5004, "approx", 0.001).Should().BeNull();
        Plain.Match(Json("0.5"), "float", 0.51, "approx", 0.001).Should().NotBeNull();
        Plain.Match(Json("10"), "int", 9L, "less_than", 0).Should().BeNull();
        Plain.Match(Json("10"), "int", 10L, "less_than", 0).Should().NotBeNull();
    }

    [Test]
    public void Describe_keeps_types_apart() =>
        Plain.Describe(new List<object?> { 1L, 1.0, "a", 'a', null }).Should().Be("""[1, 1.0, "a", 'a', ()]""");

    [Test]
    public void Known_failures_round_trip_keeps_header_and_reasons()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# header\n\nold:1 # why\n");
            KnownFailures.Write(path, [("a:1", "line one\nline two"), ("b:2", "because # of this")]);

            File.ReadAllText(path).Should().Be("# header\n\na:1 # line one line two\nb:2 # because # of this\n");
            KnownFailures.Read(path).Should().Equal(new Dictionary<string, string> { ["a:1"] = "line one line two", ["b:2"] = "because # of this" });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
