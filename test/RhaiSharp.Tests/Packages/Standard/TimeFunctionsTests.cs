using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Values;

namespace RhaiSharp.Tests.Packages.Standard;

[TestFixture]
public class TimeFunctionsTests
{
    private readonly LibraryHarness _h = new();

    [Test]
    public void Timestamp_returns_now() => _h.Call("timestamp").Should().BeOfType<Timestamp>();

    [Test]
    public void Elapsed_is_non_negative_float()
    {
        var t = _h.Call("timestamp");
        ((double)_h.Call("elapsed", t)!).Should().BeGreaterThanOrEqualTo(0.0);
        _h.Call("get$elapsed", t).Should().BeOfType<double>();
    }

    [Test]
    public void Elapsed_of_future_timestamp_is_an_error()
    {
        var future = new Timestamp(Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 1000));
        FluentActions.Invoking(() => _h.Call("elapsed", future)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);
    }

    [Test]
    public void Adding_float_seconds_then_subtracting_timestamps()
    {
        var t1 = _h.Call("timestamp");
        var t2 = _h.Call("+", t1, 123.45);
        ((double)_h.Call("-", t2, t1)!).Should().BeApproximately(123.45, 0.001);
        ((double)_h.Call("-", t1, t2)!).Should().BeApproximately(-123.45, 0.001);
    }

    [Test]
    public void Subtracting_int_seconds()
    {
        var t1 = _h.Call("timestamp");
        var t2 = _h.Call("-", t1, 10L);
        ((double)_h.Call("-", t1, t2)!).Should().BeApproximately(10.0, 1e-9);
    }

    [Test]
    public void Huge_offset_is_an_arithmetic_error() =>
        FluentActions.Invoking(() => _h.Call("-", _h.Call("timestamp"), long.MinValue)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);

    [Test]
    public void Plus_assign_writes_back()
    {
        var t = (Timestamp)_h.Call("timestamp")!;
        var args = new object?[] { t, 5L };
        _h.Call("+=", args).Should().BeNull();
        ((Timestamp)args[0]!).SecondsSince(t).Should().BeApproximately(5.0, 1e-9);
    }

    [Test]
    public void Minus_assign_with_float_writes_back()
    {
        var t = (Timestamp)_h.Call("timestamp")!;
        var args = new object?[] { t, 1.5 };
        _h.Call("-=", args);
        t.SecondsSince((Timestamp)args[0]!).Should().BeApproximately(1.5, 1e-9);
    }

    [Test]
    public void Comparisons()
    {
        var t1 = _h.Call("timestamp");
        var t2 = _h.Call("+", t1, 1L);
        _h.Call("<", t1, t2).Should().Be(true);
        _h.Call("<=", t1, t1).Should().Be(true);
        _h.Call(">", t1, t2).Should().Be(false);
        _h.Call(">=", t2, t1).Should().Be(true);
        _h.Call("==", t1, t1).Should().Be(true);
        _h.Call("!=", t1, t2).Should().Be(true);
    }
}
