using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Values;

namespace RhaiSharp.Tests.Packages.Standard;

[TestFixture]
public class BitFieldFunctionsTests
{
    private readonly LibraryHarness _h = new();

    [Test]
    public void Get_bit() => _h.Call("get_bit", 10L, 1L).Should().Be(true);

    [Test]
    public void Get_bit_negative_counts_from_the_top() => _h.Call("get_bit", long.MinValue, -1L).Should().Be(true);

    [TestCase(64L)]
    [TestCase(-65L)]
    public void Get_bit_out_of_range_is_a_bounds_error(long bit) =>
        FluentActions.Invoking(() => _h.Call("get_bit", 1L, bit)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.BitFieldBounds);

    [Test]
    public void Set_bit_writes_back_into_the_first_argument()
    {
        var args = new object?[] { 0L, 3L, true };
        _h.Call("set_bit", args).Should().BeNull();
        args[0].Should().Be(8L);
    }

    [Test]
    public void Set_bit_false_clears()
    {
        var args = new object?[] { 15L, 0L, false };
        _h.Call("set_bit", args);
        args[0].Should().Be(14L);
    }

    [Test]
    public void Get_bits() => _h.Call("get_bits", 10L, 1L, 3L).Should().Be(5L);

    [Test]
    public void Get_bits_with_inclusive_range() => _h.Call("get_bits", 10L, new ScriptRange(1, 3, true)).Should().Be(5L);

    [Test]
    public void Get_bits_length_is_clipped() => _h.Call("get_bits", -1L, 60L, 100L).Should().Be(15L);

    [Test]
    public void Get_bits_all_64() => _h.Call("get_bits", -5L, 0L, 64L).Should().Be(-5L);

    [Test]
    public void Get_bits_zero_length_is_zero() => _h.Call("get_bits", -1L, 99L, 0L).Should().Be(0L);

    [Test]
    public void Set_bits()
    {
        var args = new object?[] { 10L, 1L, 3L, 7L };
        _h.Call("set_bits", args);
        args[0].Should().Be(14L);
    }

    [Test]
    public void Set_bits_negative_start()
    {
        var args = new object?[] { 0L, -60L, 2L, 15L };
        _h.Call("set_bits", args);
        args[0].Should().Be(48L);
    }

    [Test]
    public void Set_bits_with_exclusive_range()
    {
        var args = new object?[] { 10L, new ScriptRange(1, 4, false), 7L };
        _h.Call("set_bits", args);
        args[0].Should().Be(14L);
    }
}
