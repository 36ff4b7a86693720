using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Values;
using static RhaiSharp.Tests.Packages.Standard.LibraryHarness;

namespace RhaiSharp.Tests.Packages.Standard;

[TestFixture]
internal sealed partial class ArrayFunctionsTests
{
    private LibraryHarness _h = null!;

    [SetUp]
    public void SetUp() => _h = new LibraryHarness();

    private static List<object?> Ints(params long[] items) => [.. items.Select(i => (object?)i)];

    private static FnPtr Fn(string name) => new(name);

    // ---- basics ----

    [Test]
    public void Len_and_getter_count_elements()
    {
        _h.Call("len", Ints(1, 2, 3)).Should().Be(3L);
        _h.Call("get$len", Ints()).Should().Be(0L);
    }

    [Test]
    public void Is_empty_and_getter()
    {
        _h.Call("is_empty", Ints()).Should().Be(true);
        _h.Call("get$is_empty", Ints(1)).Should().Be(false);
    }

    [TestCase(0L, 1L)]
    [TestCase(-1L, 3L)]
    [TestCase(-3L, 1L)]
    [TestCase(-99L, 1L)] // Rhai's calc_offset_len clamps a too-negative index to the start
    public void Get_counts_negative_indices_from_the_end(long index, long expected) =>
        _h.Call("get", Ints(1, 2, 3), index).Should().Be(expected);

    [Test]
    public void Get_out_of_range_is_unit()
    {
        _h.Call("get", Ints(1, 2, 3), 3L).Should().BeNull();
        _h.Call("get", Ints(), 0L).Should().BeNull();
    }

    [Test]
    public void Get_returns_a_copy_of_a_nested_array()
    {
        var inner = Ints(1);
        var got = (List<object?>)_h.Call("get", Array(inner), 0L)!;
        got.Add(2L);
        inner.Should().Equal(1L);
    }

    [Test]
    public void Set_replaces_and_ignores_out_of_range()
    {
        var a = Ints(1, 2, 3);
        _h.Call("set", a, -1L, 9L);
        _h.Call("set", a, 5L, 7L);
        a.Should().Equal(1L, 2L, 9L);
    }

    [Test]
    public void Push_adds_a_copy_of_the_array_itself()
    {
        var a = Ints(1);
        _h.Call("push", a, a);
        a.Should().HaveCount(2);
        ((List<object?>)a[1]!).Should().Equal(1L);
    }

    [Test]
    public void Push_beyond_max_array_size_fails()
    {
        var h = new LibraryHarness { MaxArraySize = 2 };
        var a = Ints(1, 2);
        var act = () => h.Call("push", a, 3L);
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Plus_assign_with_an_array_appends_its_elements()
    {
        var a = Ints(1);
        _h.Call("+=", a, Ints(2, 3));
        a.Should().Equal(1L, 2L, 3L);
    }

    [Test]
    public void Plus_assign_with_a_value_pushes_it()
    {
        var a = Ints(1);
        _h.Call("+=", a, "x");
        a.Should().Equal(1L, "x");
    }

    [Test]
    public void Append_copies_nested_arrays()
    {
        var inner = Ints(1);
        var a = Ints();
        _h.Call("append", a, Array(inner));
        inner.Add(2L);
        ((List<object?>)a[0]!).Should().Equal(1L);
    }

    [Test]
    public void Plus_concatenates_into_a_new_array()
    {
        var a = Ints(1, 2);
        var result = _h.Call("+", a, Ints(3));
        result.Should().BeEquivalentTo(Ints(1, 2, 3));
        a.Should().Equal(1L, 2L);
    }

    [Test]
    public void Plus_beyond_max_array_size_fails()
    {
        var h = new LibraryHarness { MaxArraySize = 10 };
        var act = () => h.Call("+", Ints(1, 2, 3, 4, 5, 6), Ints(7, 8, 9, 10, 11, 12));
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Insert_follows_rhai_clamping()
    {
        // Rhai tests/arrays.rs: [2, 9] → insert(-1, 1), insert(999, 3), insert(-9, 99), remove(2), append([4, 5])
        var x = Ints(2, 9);
        _h.Call("insert", x, -1L, 1L);
        _h.Call("insert", x, 999L, 3L);
        _h.Call("insert", x, -9L, 99L);
        _h.Call("remove", x, 2L).Should().Be(1L);
        _h.Call("append", x, Ints(4, 5));
        x.Should().Equal(99L, 2L, 9L, 3L, 4L, 5L);
    }

    [Test]
    public void Insert_into_empty_array_adds_the_item()
    {
        var a = Ints();
        _h.Call("insert", a, 5L, 1L);
        a.Should().Equal(1L);
    }

    [Test]
    public void Pad_fills_with_separate_copies()
    {
        var a = Ints(1);
        _h.Call("pad", a, 3L, Ints(42));
        a.Should().HaveCount(3);
        ((List<object?>)a[1]!).Add(0L);
        ((List<object?>)a[2]!).Should().Equal(42L);
    }

    [Test]
    public void Pad_to_a_shorter_length_does_nothing()
    {
        var a = Ints(1, 2, 3);
        _h.Call("pad", a, 2L, 0L);
        a.Should().Equal(1L, 2L, 3L);
    }

    [Test]
    public void Pad_beyond_max_array_size_fails()
    {
        var h = new LibraryHarness { MaxArraySize = 10 };
        var ok = Ints(1, 2, 3);
        h.Call("pad", ok, 10L, 42L);
        ok.Should().HaveCount(10);
        var act = () => h.Call("pad", Ints(1), 11L, 0L);
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Pop_and_shift_return_unit_when_empty()
    {
        _h.Call("pop", Ints()).Should().BeNull();
        _h.Call("shift", Ints()).Should().BeNull();
    }

    [Test]
    public void Pop_and_shift_remove_the_ends()
    {
        var a = Ints(1, 2, 3);
        _h.Call("pop", a).Should().Be(3L);
        _h.Call("shift", a).Should().Be(1L);
        a.Should().Equal(2L);
    }

    [TestCase(-1L, 3L)]
    [TestCase(3L, null)]
    [TestCase(-4L, null)]
    public void Remove_by_index(long index, object? expected) =>
        _h.Call("remove", Ints(1, 2, 3), index).Should().Be(expected);

    [Test]
    public void Clear_empties()
    {
        var a = Ints(1, 2);
        _h.Call("clear", a);
        a.Should().BeEmpty();
    }

    [TestCase(2L, new long[] { 1, 2 })]
    [TestCase(10L, new long[] { 1, 2, 3 })]
    [TestCase(0L, new long[0])]
    [TestCase(-1L, new long[0])]
    public void Truncate_keeps_the_head(long len, long[] expected)
    {
        var a = Ints(1, 2, 3);
        _h.Call("truncate", a, len);
        a.Should().Equal(Ints(expected));
    }

    [TestCase(2L, new long[] { 2, 3 })]
    [TestCase(10L, new long[] { 1, 2, 3 })]
    [TestCase(0L, new long[0])]
    public void Chop_keeps_the_tail(long len, long[] expected)
    {
        var a = Ints(1, 2, 3);
        _h.Call("chop", a, len);
        a.Should().Equal(Ints(expected));
    }

    [Test]
    public void Reverse_reverses_in_place()
    {
        var a = Ints(1, 2, 3);
        _h.Call("reverse", a);
        a.Should().Equal(3L, 2L, 1L);
    }

    [Test]
    public void Equality_operators_compare_deeply()
    {
        _h.Call("==", Array(1L, Ints(2)), Array(1.0, Ints(2))).Should().Be(true);
        _h.Call("!=", Ints(1, 2), Ints(1)).Should().Be(true);
        _h.Call("==", Ints(1), Array("1")).Should().Be(false);
    }

    // ---- slices ----

    [Test]
    public void Splice_replaces_a_portion()
    {
        var x = Ints(1, 2, 3, 4, 5);
        _h.Call("splice", x, 1L, 2L, Ints(7, 8, 9, 10));
        x.Should().Equal(1L, 7L, 8L, 9L, 10L, 4L, 5L);
        _h.Call("splice", x, -5L, 4L, Ints(7, 8, 9, 10));
        x.Should().Equal(1L, 7L, 7L, 8L, 9L, 10L, 5L);
    }

    [Test]
    public void Splice_with_ranges()
    {
        var x = Ints(1, 2, 3, 4, 5);
        _h.Call("splice", x, new ScriptRange(1, 3, false), Ints(7, 8, 9, 10));
        x.Should().Equal(1L, 7L, 8L, 9L, 10L, 4L, 5L);
        var y = Ints(1, 2, 3, 4, 5);
        _h.Call("splice", y, new ScriptRange(1, 3, true), Ints(7, 8, 9, 10));
        y.Should().Equal(1L, 7L, 8L, 9L, 10L, 5L);
    }

    [Test]
    public void Splice_past_the_end_appends()
    {
        var x = Ints(1);
        _h.Call("splice", x, 5L, 1L, Ints(2));
        x.Should().Equal(1L, 2L);
    }

    [TestCase(1L, 10L, new long[] { 2, 3 })]
    [TestCase(-3L, 1L, new long[] { 1 })]
    [TestCase(-99L, 2L, new long[] { 1, 2 })]
    [TestCase(3L, 1L, new long[0])]
    [TestCase(0L, 0L, new long[0])]
    public void Extract_copies_a_portion(long start, long len, long[] expected) =>
        _h.Call("extract", Ints(1, 2, 3), start, len).Should().BeEquivalentTo(Ints(expected), o => o.WithStrictOrdering());

    [Test]
    public void Extract_tail_and_ranges()
    {
        var x = Ints(1, 2, 3, 4, 5);
        _h.Call("extract", x, -3L).Should().BeEquivalentTo(Ints(3, 4, 5), o => o.WithStrictOrdering());
        _h.Call("extract", x, new ScriptRange(1, 3, false)).Should().BeEquivalentTo(Ints(2, 3), o => o.WithStrictOrdering());
        _h.Call("extract", x, new ScriptRange(1, 3, true)).Should().BeEquivalentTo(Ints(2, 3, 4), o => o.WithStrictOrdering());
        _h.Call("extract", x, new ScriptRange(3, 1, false)).Should().BeEquivalentTo(Ints());
        x.Should().HaveCount(5);
    }

    [TestCase(2L, new long[] { 1, 2 }, new long[] { 3, 4, 5 })]
    [TestCase(-2L, new long[] { 1, 2, 3 }, new long[] { 4, 5 })]
    [TestCase(0L, new long[0], new long[] { 1, 2, 3, 4, 5 })]
    [TestCase(-99L, new long[0], new long[] { 1, 2, 3, 4, 5 })]
    [TestCase(9L, new long[] { 1, 2, 3, 4, 5 }, new long[0])]
    public void Split_cuts_off_the_tail(long index, long[] head, long[] tail)
    {
        var x = Ints(1, 2, 3, 4, 5);
        _h.Call("split", x, index).Should().BeEquivalentTo(Ints(tail), o => o.WithStrictOrdering());
        x.Should().Equal(Ints(head));
    }

    [Test]
    public void Drain_by_position_and_range()
    {
        var x = Ints(1, 2, 3, 4, 5);
        _h.Call("drain", x, 1L, 2L).Should().BeEquivalentTo(Ints(2, 3), o => o.WithStrictOrdering());
        _h.Call("drain", x, -1L, 1L).Should().BeEquivalentTo(Ints(5));
        x.Should().Equal(1L, 4L);
        var y = Ints(1, 2, 3, 4, 5);
        _h.Call("drain", y, new ScriptRange(1, 2, true)).Should().BeEquivalentTo(Ints(2, 3), o => o.WithStrictOrdering());
        y.Should().Equal(1L, 4L, 5L);
    }

    [Test]
    public void Retain_by_position_and_range()
    {
        var x = Ints(1, 2, 3, 4, 5);
        _h.Call("retain", x, 1L, 2L).Should().BeEquivalentTo(Ints(1, 4, 5), o => o.WithStrictOrdering());
        x.Should().Equal(2L, 3L);
        _h.Call("retain", x, -1L, 1L).Should().BeEquivalentTo(Ints(2));
        x.Should().Equal(3L);
        var y = Ints(1, 2, 3, 4, 5);
        _h.Call("retain", y, new ScriptRange(1, 4, false)).Should().BeEquivalentTo(Ints(1, 5), o => o.WithStrictOrdering());
        y.Should().Equal(2L, 3L, 4L);
    }

    [Test]
    public void Retain_with_zero_length_changes_nothing()
    {
        var x = Ints(1, 2);
        _h.Call("retain", x, 0L, 0L).Should().BeEquivalentTo(Ints());
        x.Should().Equal(1L, 2L);
    }

    [Test]
    public void For_loop_iterates_copies_of_a_snapshot()
    {
        var iterate = RhaiSharp.Packages.Standard.StandardPackage.Instance.AsSharedModule().Iterators[typeof(List<object?>)];
        var inner = Ints(1);
        var a = Array(inner, 2L);
        var seen = new List<object?>();
        foreach (var item in iterate(a))
        {
            a.Add(0L);
            seen.Add(item);
        }

        seen.Should().HaveCount(2);
        seen[0].Should().NotBeSameAs(inner);
    }
}
