using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Packages;
using RhaiSharp.Packages.Standard;
using RhaiSharp.Values;

namespace RhaiSharp.Tests.Packages.Standard;

[TestFixture]
public class IteratorFunctionsTests
{
    private static readonly Module Standard = StandardPackage.Instance.AsSharedModule();

    private readonly LibraryHarness _h = new();

    private static List<object?> Iterate(object? value) => [.. Standard.Iterators[value!.GetType()](value)];

    [Test]
    public void Range_of_two_ints_is_an_exclusive_range() =>
        _h.Call("range", 1L, 10L).Should().Be(new ScriptRange(1, 10, false));

    [Test]
    public void Script_range_iterates_its_ints() =>
        Iterate(new ScriptRange(1, 3, true)).Should().Equal(1L, 2L, 3L);

    [Test]
    public void Inclusive_range_to_int_max_does_not_overflow() =>
        Iterate(new ScriptRange(long.MaxValue - 1, long.MaxValue, true)).Should().Equal(long.MaxValue - 1, long.MaxValue);

    [Test]
    public void Stepped_int_range() => Iterate(_h.Call("range", 1L, 10L, 2L)).Should().Equal(1L, 3L, 5L, 7L, 9L);

    [Test]
    public void Negative_step_counts_down() => Iterate(_h.Call("range", 10L, 1L, -2L)).Should().Equal(10L, 8L, 6L, 4L, 2L);

    [Test]
    public void Step_away_from_the_end_is_empty() => Iterate(_h.Call("range", 1L, 10L, -1L)).Should().BeEmpty();

    [Test]
    public void Zero_step_is_an_error() =>
        FluentActions.Invoking(() => _h.Call("range", 1L, 10L, 0L)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);

    [Test]
    public void Stepping_past_int_max_stops_before_the_value_whose_successor_overflows() =>
        // As Rhai's StepRange: the value whose next step would overflow is not yielded.
        Iterate(_h.Call("range", long.MaxValue - 3, long.MaxValue, 2L)).Should().Equal(long.MaxValue - 3);

    [Test]
    public void Stepped_float_range() => Iterate(_h.Call("range", 1.0, 10.0, 2.0)).Should().Equal(1.0, 3.0, 5.0, 7.0, 9.0);

    [Test]
    public void Float_range_counting_down() => Iterate(_h.Call("range", 10.0, 1.0, -2.0)).Should().Equal(10.0, 8.0, 6.0, 4.0, 2.0);

    [Test]
    public void Range_of_range_with_step() => Iterate(_h.Call("range", new ScriptRange(8, 18, false), 3L)).Should().Equal(8L, 11L, 14L, 17L);

    [Test]
    public void Chars_iterates_characters() => Iterate(_h.Call("chars", "hey")).Should().Equal('h', 'e', 'y');

    [Test]
    public void Chars_from_negative_start() => Iterate(_h.Call("chars", "hello", -2L)).Should().Equal('l', 'o');

    [Test]
    public void Chars_with_start_and_length() => Iterate(_h.Call("chars", "hello", 1L, 3L)).Should().Equal('e', 'l', 'l');

    [Test]
    public void Chars_with_inclusive_range() => Iterate(_h.Call("chars", "hello", new ScriptRange(2, 3, true))).Should().Equal('l', 'l');

    [Test]
    public void Chars_past_the_end_is_empty() => Iterate(_h.Call("chars", "hello", 10L)).Should().BeEmpty();

    [Test]
    public void String_is_iterable() => Iterate("ab").Should().Equal('a', 'b');

    [Test]
    public void Bits_with_start_and_length_count_set_bits() =>
        Iterate(_h.Call("bits", 0b001101101010001L, 2L, 10L)).Count(b => (bool)b!).Should().Be(5);

    [Test]
    public void Bits_with_inclusive_range() =>
        Iterate(_h.Call("bits", 0b001101101010001L, new ScriptRange(2, 11, true))).Count(b => (bool)b!).Should().Be(5);

    [Test]
    public void Bits_of_a_number_yields_64_bools() => Iterate(_h.Call("bits", 5L)).Should().HaveCount(64).And.StartWith([true, false, true]);

    [Test]
    public void Bits_bad_start_is_a_bounds_error() =>
        FluentActions.Invoking(() => _h.Call("bits", 5L, 64L)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.BitFieldBounds);

    [Test]
    public void Range_properties()
    {
        var r = new ScriptRange(2, 5, true);
        _h.Call("get$start", r).Should().Be(2L);
        _h.Call("end", r).Should().Be(5L);
        _h.Call("get$is_inclusive", r).Should().Be(true);
        _h.Call("is_exclusive", r).Should().Be(false);
        _h.Call("is_empty", new ScriptRange(5, 5, false)).Should().Be(true);
        _h.Call("get$is_empty", new ScriptRange(5, 5, true)).Should().Be(false);
    }

    [Test]
    public void Range_contains()
    {
        _h.Call("contains", new ScriptRange(1, 5, false), 5L).Should().Be(false);
        _h.Call("contains", new ScriptRange(1, 5, true), 5L).Should().Be(true);
    }

    [Test]
    public void Chars_and_bits_are_also_getters()
    {
        Iterate(_h.Call("get$chars", "ab")).Should().Equal('a', 'b');
        Iterate(_h.Call("get$bits", 1L)).Should().HaveCount(64);
    }

    [Test]
    public void Chars_with_start_before_the_beginning_starts_at_zero() =>
        Iterate(_h.Call("chars", "abc", -10L)).Should().Equal('a', 'b', 'c');

    [Test]
    public void Chars_with_non_positive_length_is_empty() => Iterate(_h.Call("chars", "abc", 0L, 0L)).Should().BeEmpty();

    [Test]
    public void Bits_with_negative_start_counts_from_the_top() =>
        Iterate(_h.Call("bits", long.MinValue, -1L)).Should().Equal(true);

    [Test]
    public void Range_with_inclusive_range_and_step_is_not_supported() =>
        FluentActions.Invoking(() => _h.Call("range", new ScriptRange(1, 5, true), 1L)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.FunctionNotFound);

    [Test]
    public void Float_step_too_small_to_move_is_an_error() =>
        FluentActions.Invoking(() => _h.Call("range", 1e20, 2e20, 1.0)).Should().Throw<RuntimeException>();

    [Test]
    public void Step_ranges_have_rhai_type_names() =>
        Standard.TypeNames[typeof(IntStepRange)].Should().Be("rhai::packages::iter_basic::StepRange<i64>");

    [Test]
    public void Arrays_and_blobs_are_iterable()
    {
        Iterate(LibraryHarness.Array(1L, "x")).Should().Equal(1L, "x");
        Iterate(new List<byte> { 1, 255 }).Should().Equal(1L, 255L);
    }
}
