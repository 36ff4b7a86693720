using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Values;
using static RhaiSharp.Tests.Packages.Standard.LibraryHarness;

namespace RhaiSharp.Tests.Packages.Standard;

internal sealed partial class ArrayFunctionsTests
{
    // Harness callbacks receive (this, args); item callbacks get [item, index].

    [Test]
    public void Map_passes_item_and_index()
    {
        _h.Callbacks["f"] = (_, a) => (long)a[0]! * (long)a[1]!;
        _h.Call("map", Ints(1, 2, 3), Fn("f")).Should().BeEquivalentTo(Ints(0, 2, 6), o => o.WithStrictOrdering());
    }

    [Test]
    public void Map_accepts_a_function_name()
    {
        _h.Callbacks["double"] = (_, a) => (long)a[0]! * 2;
        _h.Call("map", Ints(1, 2), "double").Should().BeEquivalentTo(Ints(2, 4), o => o.WithStrictOrdering());
    }

    [Test]
    public void Map_copies_returned_elements()
    {
        var inner = Ints(1);
        _h.Callbacks["id"] = (_, a) => a[0];
        var result = (List<object?>)_h.Call("map", Array(inner), Fn("id"))!;
        result[0].Should().NotBeSameAs(inner);
    }

    [Test]
    public void Map_of_an_empty_array_does_not_call_back()
    {
        _h.Callbacks["boom"] = (_, _) => throw new InvalidOperationException();
        _h.Call("map", Ints(), Fn("boom")).Should().BeEquivalentTo(Ints());
    }

    [Test]
    public void Curried_arguments_come_first()
    {
        _h.Callbacks["add"] = (_, a) => (long)a[0]! + (long)a[1]!;
        var fn = new FnPtr("add").WithCurried([10L]);
        _h.Call("map", Ints(1, 2), fn).Should().BeEquivalentTo(Ints(11, 12), o => o.WithStrictOrdering());
    }

    [Test]
    public void Filter_keeps_items_returning_true()
    {
        _h.Callbacks["big"] = (_, a) => (long)a[0]! > 2;
        _h.Call("filter", Ints(1, 2, 3), Fn("big")).Should().BeEquivalentTo(Ints(3));
    }

    [Test]
    public void Filter_treats_non_bool_results_as_false()
    {
        _h.Callbacks["num"] = (_, a) => a[0];
        _h.Call("filter", Ints(1, 2), Fn("num")).Should().BeEquivalentTo(Ints());
    }

    [Test]
    public void For_each_calls_back_for_every_element_with_its_index()
    {
        var seen = new List<object?>();
        _h.Callbacks["f"] = (_, a) => { seen.Add(a[0]); return null; };
        _h.Call("for_each", Ints(5, 6, 7), Fn("f"));
        seen.Should().Equal(0L, 1L, 2L);
    }

    [Test]
    public void Contains_uses_rhai_equality()
    {
        _h.Call("contains", Ints(1, 2, 3), 2.0).Should().Be(true);
        _h.Call("contains", Array("a"), 'a').Should().Be(true);
        _h.Call("contains", Ints(1), "1").Should().Be(false);
        _h.Call("contains", Ints(), 1L).Should().Be(false);
    }

    [Test]
    public void Index_of_a_value_with_start()
    {
        var x = Ints(1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 5);
        _h.Call("index_of", x, 4L).Should().Be(3L);
        _h.Call("index_of", x, 4L, 5L).Should().Be(7L);
        _h.Call("index_of", x, 4L, 15L).Should().Be(-1L);
        _h.Call("index_of", x, 4L, -5L).Should().Be(11L);
        _h.Call("index_of", x, 9L).Should().Be(-1L);
    }

    [Test]
    public void Index_of_a_string_value()
    {
        _h.Call("index_of", Array("a", "b", "c", "b"), "b", 2L).Should().Be(3L);
    }

    [Test]
    public void Index_of_a_string_naming_a_predicate()
    {
        _h.Callbacks["is_two"] = (_, a) => a[0] is long n && n == 2;
        _h.Call("index_of", Ints(1, 2, 3, 2), "is_two", 2L).Should().Be(3L);
    }

    [Test]
    public void Index_of_a_missing_string_is_minus_one()
    {
        _h.Callbacks["zz"] = (_, _) => throw new RuntimeException(RuntimeErrorKind.FunctionNotFound, "Function not found: zz", Position.None);
        _h.Call("index_of", Array("a"), "zz").Should().Be(-1L);
    }

    [Test]
    public void Index_of_with_a_predicate_and_start()
    {
        _h.Callbacks["plural"] = (_, a) => (long)a[0]! > 1;
        var x = Ints(1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 5);
        _h.Call("index_of", x, Fn("plural"), 3L).Should().Be(3L);
        _h.Call("index_of", x, Fn("plural"), -5L).Should().Be(9L);
        _h.Call("index_of", x, Fn("plural"), -99L).Should().Be(1L);
        _h.Call("index_of", x, Fn("plural"), 15L).Should().Be(-1L);
    }

    [Test]
    public void Find_returns_the_first_match_or_unit()
    {
        _h.Callbacks["gt2"] = (_, a) => (long)a[0]! > 2;
        _h.Call("find", Ints(1, 2, 3, 4), Fn("gt2")).Should().Be(3L);
        _h.Call("find", Ints(1, 2), Fn("gt2")).Should().BeNull();
        _h.Call("find", Ints(3, 1, 4), Fn("gt2"), 1L).Should().Be(4L);
    }

    [Test]
    public void Find_map_returns_the_first_non_unit_result()
    {
        _h.Callbacks["bob"] = (_, a) => ((SortedDictionary<string, object?>)a[0]!).GetValueOrDefault("bob");
        var x = Array(Map(("alice", 1L)), Map(("bob", 2L)), Map(("clara", 3L)));
        _h.Call("find_map", x, Fn("bob")).Should().Be(2L);
        _h.Call("find_map", x, Fn("bob"), 2L).Should().BeNull();
    }

    [Test]
    public void Some_and_all()
    {
        _h.Callbacks["gt"] = (_, a) => (long)a[0]! > (long)a[1]!;
        _h.Call("some", Ints(0, 0, 5), Fn("gt")).Should().Be(true);
        _h.Call("all", Ints(1, 2, 3), Fn("gt")).Should().Be(true);
        _h.Call("all", Ints(1, 1), Fn("gt")).Should().Be(false);
        _h.Call("some", Ints(), Fn("gt")).Should().Be(false);
        _h.Call("all", Ints(), Fn("gt")).Should().Be(true);
    }

    [Test]
    public void Dedup_removes_consecutive_duplicates()
    {
        var x = Ints(1, 2, 2, 2, 3, 4, 3, 3, 2, 1);
        _h.Call("dedup", x);
        x.Should().Equal(1L, 2L, 3L, 4L, 3L, 2L, 1L);
    }

    [Test]
    public void Dedup_with_comparer_compares_against_the_last_kept_element()
    {
        _h.Callbacks["declining"] = (_, a) => (long)a[0]! >= (long)a[1]!;
        var x = Ints(1, 2, 2, 2, 3, 1, 2, 3, 4, 3, 3, 2, 1);
        _h.Call("dedup", x, Fn("declining"));
        x.Should().Equal(1L, 2L, 3L, 4L);
    }

    [Test]
    public void Reduce_passes_accumulator_item_and_index()
    {
        // Rhai tests/arrays.rs: reduce(|sum, v, i| { if i == 0 { sum = 10 } sum + v * v }) == 24
        _h.Callbacks["f"] = (_, a) => ((long)a[2]! == 0 ? 10L : (long)a[0]!) + ((long)a[1]! * (long)a[1]!);
        _h.Call("reduce", Ints(1, 2, 3), Fn("f")).Should().Be(24L);
    }

    [Test]
    public void Reduce_starts_from_unit_or_the_initial_value()
    {
        _h.Callbacks["sum"] = (_, a) => (a[0] is long acc ? acc : 0L) + (long)a[1]!;
        _h.Call("reduce", Ints(1, 2, 3), Fn("sum")).Should().Be(6L);
        _h.Call("reduce", Ints(1, 2, 3), Fn("sum"), 5L).Should().Be(11L);
        _h.Call("reduce", Ints(), Fn("sum"), 5L).Should().Be(5L);
        _h.Call("reduce", Ints(), Fn("sum")).Should().BeNull();
    }

    [Test]
    public void Reduce_rev_walks_backwards_with_original_indices()
    {
        var order = new List<object?>();
        _h.Callbacks["f"] = (_, a) => { order.Add(a[2]); return a[1]; };
        _h.Call("reduce_rev", Ints(1, 2, 3), Fn("f")).Should().Be(1L);
        order.Should().Equal(2L, 1L, 0L);
    }

    [Test]
    public void Zip_combines_pairs_up_to_the_shorter_array()
    {
        _h.Callbacks["mul"] = (_, a) => (long)a[0]! * (long)a[1]!;
        _h.Call("zip", Ints(1, 2, 3), Ints(4, 5), Fn("mul")).Should().BeEquivalentTo(Ints(4, 10), o => o.WithStrictOrdering());
    }

    [Test]
    public void Drain_with_predicate_removes_matches_with_original_indices()
    {
        _h.Callbacks["f"] = (_, a) => (long)a[0]! + (long)a[1]! > 5;
        var x = Ints(3, 4, 5, 1);
        _h.Call("drain", x, Fn("f")).Should().BeEquivalentTo(Ints(5), o => o.WithStrictOrdering());
        x.Should().Equal(3L, 4L, 1L);
    }

    [Test]
    public void Retain_with_predicate_returns_the_rejected()
    {
        _h.Callbacks["ge3"] = (_, a) => (long)a[0]! >= 3;
        var x = Ints(1, 2, 3, 4, 5);
        _h.Call("retain", x, Fn("ge3")).Should().BeEquivalentTo(Ints(1, 2), o => o.WithStrictOrdering());
        x.Should().Equal(3L, 4L, 5L);
    }

    [Test]
    public void Retain_keeps_unvisited_elements_when_the_callback_fails()
    {
        _h.Callbacks["f"] = (_, a) => (long)a[1]! == 1 ? throw new RuntimeException(RuntimeErrorKind.Runtime, "x", Position.None) : false;
        var x = Ints(1, 2, 3);
        var act = () => _h.Call("retain", x, Fn("f"));
        act.Should().Throw<RuntimeException>();
        x.Should().Equal(2L, 3L);
    }

    // ---- sorting ----

    [Test]
    public void Sort_sorts_ints_in_place()
    {
        var x = Ints(3, 1, 2);
        _h.Call("sort", x);
        x.Should().Equal(1L, 2L, 3L);
    }

    [Test]
    public void Sort_sorts_strings_chars_floats_and_bools()
    {
        var s = Array("b", "a", "C");
        _h.Call("sort", s);
        s.Should().Equal("C", "a", "b");
        var c = Array('z', 'a');
        _h.Call("sort", c);
        c.Should().Equal('a', 'z');
        var f = Array(2.5, -1.0);
        _h.Call("sort", f);
        f.Should().Equal(-1.0, 2.5);
        var b = Array(true, false);
        _h.Call("sort", b);
        b.Should().Equal(false, true);
    }

    [Test]
    public void Sort_of_mixed_types_fails()
    {
        var act = () => _h.Call("sort", Array(1L, 2.0));
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.FunctionNotFound);
    }

    [Test]
    public void Sort_of_unsortable_single_type_does_nothing()
    {
        var x = Array(Ints(2), Ints(1));
        _h.Call("sort", x);
        ((List<object?>)x[0]!).Should().Equal(2L);
    }

    [Test]
    public void Sort_with_comparer_is_stable()
    {
        _h.Callbacks["by_first"] = (_, a) => (long)((List<object?>)a[0]!)[0]! - (long)((List<object?>)a[1]!)[0]!;
        var x = Array(Ints(2, 0), Ints(1, 1), Ints(2, 2), Ints(1, 3));
        _h.Call("sort", x, Fn("by_first"));
        x.Select(p => ((List<object?>)p!)[1]).Should().Equal(1L, 3L, 0L, 2L);
    }

    [Test]
    public void Sort_with_comparer_name_and_sort_by()
    {
        _h.Callbacks["rev"] = (_, a) => (long)a[1]! - (long)a[0]!;
        var x = Ints(1, 3, 2);
        _h.Call("sort", x, "rev");
        x.Should().Equal(3L, 2L, 1L);
        var y = Ints(1, 3, 2);
        _h.Call("sort_by", y, Fn("rev"));
        y.Should().Equal(3L, 2L, 1L);
    }

    [Test]
    public void Sort_with_many_elements()
    {
        var x = Ints([.. Enumerable.Range(0, 100).Select(i => (long)((i * 37) % 100))]);
        _h.Callbacks["cmp"] = (_, a) => (long)a[0]! - (long)a[1]!;
        _h.Call("sort", x, Fn("cmp"));
        x.Should().Equal(Ints([.. Enumerable.Range(0, 100).Select(i => (long)i)]));
    }

    [Test]
    public void Sort_desc_sorts_descending()
    {
        var x = Ints(1, 3, 2);
        _h.Call("sort_desc", x);
        x.Should().Equal(3L, 2L, 1L);
    }

    [Test]
    public void Order_functions_return_sorted_copies()
    {
        var x = Ints(3, 1, 2);
        _h.Call("order", x).Should().BeEquivalentTo(Ints(1, 2, 3), o => o.WithStrictOrdering());
        _h.Call("order_desc", x).Should().BeEquivalentTo(Ints(3, 2, 1), o => o.WithStrictOrdering());
        _h.Callbacks["rev"] = (_, a) => (long)a[1]! - (long)a[0]!;
        _h.Call("order_by", x, Fn("rev")).Should().BeEquivalentTo(Ints(3, 2, 1), o => o.WithStrictOrdering());
        x.Should().Equal(3L, 1L, 2L);
    }
}
