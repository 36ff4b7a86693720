using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Packages.Standard;

[TestFixture]
public class MathFunctionsTests
{
    private readonly LibraryHarness _h = new();

    private Action Calling(string name, params object?[] args) => () => _h.Call(name, args);

    [Test]
    public void Abs_of_negative_int_is_positive() => _h.Call("abs", -5L).Should().Be(5L);

    [Test]
    public void Abs_of_int_min_is_an_arithmetic_error() =>
        Calling("abs", long.MinValue).Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);

    [Test]
    public void Abs_of_float() => _h.Call("abs", -2.5).Should().Be(2.5);

    [Test]
    public void Sign_of_int() => _h.Call("sign", -7L).Should().Be(-1L);

    [Test]
    public void Sign_of_float_is_int() => _h.Call("sign", 0.5).Should().Be(1L);

    [Test]
    public void Sign_of_float_zero_is_zero() => _h.Call("sign", -0.0).Should().Be(0L);

    [Test]
    public void Sign_of_nan_is_an_error() =>
        Calling("sign", double.NaN).Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);

    [Test]
    public void Is_zero_odd_even()
    {
        _h.Call("is_zero", 0L).Should().Be(true);
        _h.Call("is_zero", 0.0).Should().Be(true);
        _h.Call("is_odd", -3L).Should().Be(true);
        _h.Call("is_even", -3L).Should().Be(false);
    }

    [Test]
    public void Is_even_is_also_a_getter() => _h.Call("get$is_even", 4L).Should().Be(true);

    [Test]
    public void Min_max_of_ints_stay_int()
    {
        _h.Call("min", 3L, 2L).Should().Be(2L);
        _h.Call("max", 3L, 2L).Should().Be(3L);
    }

    [Test]
    public void Min_max_of_mixed_pairs_are_float()
    {
        _h.Call("max", 1L, 2.5).Should().Be(2.5);
        _h.Call("min", 1.5, 1L).Should().Be(1.0);
    }

    [Test]
    public void Trig_works_in_radians() => ((double)_h.Call("sin", Math.PI / 6.0)!).Should().BeApproximately(0.5, 1e-9);

    [Test]
    public void Trig_does_not_take_ints() => LibraryHarness.Has("sin", 1L).Should().BeFalse();

    [Test]
    public void Atan_with_two_arguments_is_atan2() => ((double)_h.Call("atan", 1.0, 1.0)!).Should().BeApproximately(Math.PI / 4, 1e-12);

    [Test]
    public void Log_without_base_is_log10() => ((double)_h.Call("log", 1000.0)!).Should().BeApproximately(3.0, 1e-12);

    [Test]
    public void Log_with_base() => ((double)_h.Call("log", 8.0, 2.0)!).Should().BeApproximately(3.0, 1e-12);

    [Test]
    public void Hypot() => _h.Call("hypot", 3.0, 4.0).Should().Be(5.0);

    [Test]
    public void Constants() => _h.Call("PI").Should().Be(Math.PI);

    [TestCase("floor", -1.5, -2.0)]
    [TestCase("ceiling", 1.2, 2.0)]
    [TestCase("round", 2.5, 3.0)]
    [TestCase("round", -2.5, -3.0)]
    [TestCase("int", -1.7, -1.0)]
    [TestCase("fraction", -1.75, -0.75)]
    public void Rounding_functions_and_getters(string name, double input, double expected)
    {
        _h.Call(name, input).Should().Be(expected);
        _h.Call("get$" + name, input).Should().Be(expected);
    }

    [Test]
    public void Float_tests_are_functions_and_getters()
    {
        _h.Call("is_nan", double.NaN).Should().Be(true);
        _h.Call("get$is_infinite", double.NegativeInfinity).Should().Be(true);
        _h.Call("is_finite", double.PositiveInfinity).Should().Be(false);
    }

    [Test]
    public void To_int_truncates() => _h.Call("to_int", -987.654).Should().Be(-987L);

    [Test]
    public void To_int_out_of_range_is_an_arithmetic_error() =>
        Calling("to_int", 1e19).Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);

    [Test]
    public void To_float_of_int() => _h.Call("to_float", 42L).Should().Be(42.0);

    [Test]
    public void Degrees_and_radians() => ((double)_h.Call("to_degrees", Math.PI)!).Should().BeApproximately(180.0, 1e-12);

    [TestCase("42", 42L)]
    [TestCase("  -17 ", -17L)]
    [TestCase("+5", 5L)]
    [TestCase("-9223372036854775808", long.MinValue)]
    public void Parse_int_decimal(string text, long expected) => _h.Call("parse_int", text).Should().Be(expected);

    [TestCase("42", 16L, 66L)]
    [TestCase("abcdef", 16L, 11259375L)]
    [TestCase("zz", 36L, 1295L)]
    [TestCase("-101", 2L, -5L)]
    public void Parse_int_with_radix(string text, long radix, long expected) => _h.Call("parse_int", text, radix).Should().Be(expected);

    [TestCase("12a")]
    [TestCase("")]
    [TestCase("1_000")]
    [TestCase("9223372036854775808")]
    public void Parse_int_rejects_bad_text(string text) =>
        Calling("parse_int", text).Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);

    [TestCase(1L)]
    [TestCase(37L)]
    public void Parse_int_rejects_bad_radix(long radix) =>
        Calling("parse_int", "1", radix).Should().Throw<RuntimeException>().Which.Message.Should().Contain("radix");

    [TestCase("9.9999", 9.9999)]
    [TestCase(" 1e3 ", 1000.0)]
    [TestCase(".5", 0.5)]
    [TestCase("5.", 5.0)]
    [TestCase("-inf", double.NegativeInfinity)]
    public void Parse_float(string text, double expected) => _h.Call("parse_float", text).Should().Be(expected);

    [TestCase("abc")]
    [TestCase("1e")]
    [TestCase("1,5")]
    public void Parse_float_rejects_bad_text(string text) =>
        Calling("parse_float", text).Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);
}
