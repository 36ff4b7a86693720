using System.Collections.Immutable;
using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Values;
using static RhaiSharp.Tests.Packages.Standard.LibraryHarness;

namespace RhaiSharp.Tests.Packages.Standard;

[TestFixture]
public class MapFunctionsTests
{
    private readonly LibraryHarness _h = new();

    private static SortedDictionary<string, object?> Abc() => Map(("a", 1L), ("b", 2L), ("c", 3L));

    [Test]
    public void Len_and_is_empty()
    {
        _h.Call("len", Abc()).Should().Be(3L);
        _h.Call("is_empty", Map()).Should().Be(true);
    }

    [Test]
    public void Contains_key() => _h.Call("contains", Abc(), "b").Should().Be(true);

    [Test]
    public void Get_missing_key_is_unit() => _h.Call("get", Abc(), "x").Should().BeNull();

    [Test]
    public void Get_returns_a_copy()
    {
        var inner = Array(1L);
        var got = (List<object?>)_h.Call("get", Map(("a", inner)), "a")!;
        got.Add(2L);
        inner.Should().HaveCount(1);
    }

    [Test]
    public void Set_adds_or_replaces()
    {
        var m = Abc();
        _h.Call("set", m, "b", 42L);
        _h.Call("set", m, "x", 0L);
        m.Should().Equal(Map(("a", 1L), ("b", 42L), ("c", 3L), ("x", 0L)));
    }

    [Test]
    public void Set_respects_the_map_size_limit()
    {
        var h = new LibraryHarness { MaxMapSize = 3 };
        FluentActions.Invoking(() => h.Call("set", Abc(), "d", 1L)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Remove_returns_the_value()
    {
        var m = Abc();
        _h.Call("remove", m, "c").Should().Be(3L);
        m.Should().HaveCount(2);
        _h.Call("remove", m, "zz").Should().BeNull();
    }

    [Test]
    public void Clear_empties()
    {
        var m = Abc();
        _h.Call("clear", m);
        m.Should().BeEmpty();
    }

    [Test]
    public void Mixin_replaces_and_adds()
    {
        var m = Abc();
        _h.Call("mixin", m, Map(("b", 42L), ("d", 9L)));
        m.Should().Equal(Map(("a", 1L), ("b", 42L), ("c", 3L), ("d", 9L)));
    }

    [Test]
    public void Plus_assign_is_mixin()
    {
        var m = Abc();
        _h.Call("+=", m, Map(("b", 42L)));
        m["b"].Should().Be(42L);
    }

    [Test]
    public void Plus_makes_a_new_map()
    {
        var m = Abc();
        var r = (SortedDictionary<string, object?>)_h.Call("+", m, Map(("a", 9L), ("z", 0L)))!;
        r.Should().Equal(Map(("a", 9L), ("b", 2L), ("c", 3L), ("z", 0L)));
        m["a"].Should().Be(1L);
    }

    [Test]
    public void Fill_with_only_adds_missing_keys()
    {
        var m = Abc();
        _h.Call("fill_with", m, Map(("a", 42L), ("d", 0L)));
        m.Should().Equal(Map(("a", 1L), ("b", 2L), ("c", 3L), ("d", 0L)));
    }

    [Test]
    public void Equality_is_deep()
    {
        _h.Call("==", Map(("a", Array(1L))), Map(("a", Array(1L)))).Should().Be(true);
        _h.Call("!=", Abc(), Map(("a", 1L), ("c", 3L))).Should().Be(true);
        _h.Call("==", Map(("a", 1L)), Map(("a", 1.0))).Should().Be(true);
    }

    [Test]
    public void Keys_are_sorted() => _h.Call("keys", Map(("b", 1L), ("a", 2L))).Should().BeEquivalentTo(Array("a", "b"), o => o.WithStrictOrdering());

    [Test]
    public void Values_follow_key_order() => _h.Call("values", Map(("b", 1L), ("a", 2L))).Should().BeEquivalentTo(Array(2L, 1L), o => o.WithStrictOrdering());

    [Test]
    public void Map_transforms_values_with_key_and_value()
    {
        _h.Callbacks["f"] = (_, a) => (string)a[0]! + a[1];
        _h.Call("map", Map(("a", 1L)), new FnPtr("f")).Should().BeEquivalentTo(Map(("a", "a1")));
    }

    [Test]
    public void Filter_keeps_matching_entries()
    {
        _h.Callbacks["odd"] = (_, a) => (long)a[1]! % 2 == 1;
        var m = Abc();
        ((SortedDictionary<string, object?>)_h.Call("filter", m, new FnPtr("odd"))!).Keys.Should().Equal("a", "c");
        m.Should().HaveCount(3);
    }

    [Test]
    public void Drain_removes_and_returns_matching_entries()
    {
        _h.Callbacks["odd"] = (_, a) => (long)a[1]! % 2 == 1;
        var m = Abc();
        ((SortedDictionary<string, object?>)_h.Call("drain", m, new FnPtr("odd"))!).Keys.Should().Equal("a", "c");
        m.Keys.Should().Equal("b");
    }

    [Test]
    public void Retain_keeps_matching_entries_and_returns_the_rest()
    {
        _h.Callbacks["odd"] = (_, a) => (long)a[1]! % 2 == 1;
        var m = Abc();
        ((SortedDictionary<string, object?>)_h.Call("retain", m, new FnPtr("odd"))!).Keys.Should().Equal("b");
        m.Keys.Should().Equal("a", "c");
    }

    [Test]
    public void Filter_callback_must_return_bool()
    {
        _h.Callbacks["bad"] = (_, _) => 1L;
        FluentActions.Invoking(() => _h.Call("filter", Abc(), new FnPtr("bad"))).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.MismatchDataType);
    }

    [Test]
    public void To_json_is_compact_with_sorted_keys() =>
        _h.Call("to_json", Map(("b", true), ("a", Array(1L, 2.5, null, "x\"y")), ("c", Map(("d", 'z')))))
            .Should().Be("{\"a\":[1,2.5,null,\"x\\\"y\"],\"b\":true,\"c\":{\"d\":'z'}}");

    [Test]
    public void To_json_writes_fn_pointers_as_names() =>
        _h.Call("to_json", Map(("a", Array(new FnPtr("abc"))))).Should().Be("{\"a\":[\"abc\"]}");

    [Test]
    public void To_json_writes_curried_fn_pointers_as_arrays() =>
        _h.Call("to_json", Map(("a", Array(new FnPtr("abc", ImmutableArray.Create<object?>(42L, 123L))))))
            .Should().Be("{\"a\":[[\"abc\",42,123]]}");

    [Test]
    public void Parse_json_reads_objects_into_maps()
    {
        var result = _h.Call("parse_json", "{\"name\": \"John\", \"age\": 43, \"h\": 1.5, \"tags\": [true, null], \"o\": {}}");
        result.Should().BeEquivalentTo(Map(("age", 43L), ("h", 1.5), ("name", "John"), ("o", Map()), ("tags", Array(true, null))));
    }

    [Test]
    public void Parse_json_numbers_with_exponent_are_float()
    {
        var result = (SortedDictionary<string, object?>)_h.Call("parse_json", "{\"a\": 3e2, \"b\": -1.5E-5, \"c\": 2.5E+10}")!;
        result["a"].Should().Be(300.0);
        result["b"].Should().Be(-1.5e-5);
        result["c"].Should().Be(2.5e10);
    }

    [Test]
    public void Parse_json_decodes_escapes() =>
        _h.Call("parse_json", "[\"a\\n\\u0041\\\"\"]").Should().BeEquivalentTo(Array("a\nA\""));

    [TestCase("{")]
    [TestCase("{\"a\" 1}")]
    [TestCase("[1,]")]
    [TestCase("{\"a\": 01}")]
    [TestCase("nul")]
    [TestCase("{} x")]
    public void Parse_json_rejects_invalid_text(string text) =>
        FluentActions.Invoking(() => _h.Call("parse_json", text)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.Runtime);

    [Test]
    public void Parse_json_limits_nesting() =>
        FluentActions.Invoking(() => _h.Call("parse_json", new string('[', 100_000))).Should().Throw<RuntimeException>()
            .Which.Message.Should().Contain("nesting");

    [Test]
    public void Parse_json_accepts_nesting_up_to_the_limit() =>
        FluentActions.Invoking(() => _h.Call("parse_json", new string('[', 512) + new string(']', 512))).Should().NotThrow();

    [Test]
    public void To_json_escapes_keys_and_strings_like_rhai_debug() =>
        _h.Call("to_json", Map(("a\nb", "t\tx\\"))).Should().Be("{\"a\\nb\":\"t\\tx\\\\\"}");

    [Test]
    public void To_json_of_empty_map() => _h.Call("to_json", Map()).Should().Be("{}");

    [Test]
    public void To_json_of_very_deep_map_fails_cleanly()
    {
        var m = Map();
        for (var i = 0; i < 1_000_000; i++)
        {
            m = Map(("a", m));
        }

        FluentActions.Invoking(() => _h.Call("to_json", m)).Should().Throw<RuntimeException>();
    }

    [Test]
    public void Keys_of_empty_map_is_empty_array() => _h.Call("keys", Map()).Should().BeEquivalentTo(Array());
}
