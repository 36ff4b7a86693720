using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety;

/// <summary>
/// Under <c>MaxArraySize</c> an array's nested size is kept up to date as it grows instead of re-measured on every
/// push; these pin that the limit still stops growth at exactly the same point, whatever changed the array.
/// </summary>
[TestFixture]
public class SizeLimitTrackingTests
{
    private static Engine Limited(long maxArray) =>
        new() { Options = EngineOptions.Default with { MaxArraySize = maxArray, MaxMapSize = 100_000, MaxStringSize = 100_000 } };

    [Test]
    public void Pushing_small_arrays_stops_where_the_nested_total_would_pass_the_limit()
    {
        // Each push of [1] adds two items (the element and its content): 500 fit in 1,000, the 501st does not.
        SafetyAssert.FailsWith(Limited(1_000), "let a = []; loop { a.push([1]); }", RuntimeErrorKind.DataTooLarge);
        Limited(1_000).Eval<long>("let a = []; for i in 0..500 { a.push([1]); } a.len()").Should().Be(500);
        SafetyAssert.FailsWith(Limited(1_000), "let a = []; for i in 0..501 { a.push([1]); }", RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Growth_inside_an_element_counts_towards_the_next_push()
    {
        // 100 pushes of [1] make 200 items; growing a[0] in place by 790 makes 990: one more [1] fits (992), but after
        // growing it by 800 (1,000) it does not.
        var engine = Limited(1_000);
        engine.Eval<long>("let a = []; for i in 0..100 { a.push([1]); } for i in 0..790 { a[0].push(i); } a.push([1]); a.len()").Should().Be(101);
        SafetyAssert.FailsWith(engine, "let a = []; for i in 0..100 { a.push([1]); } for i in 0..800 { a[0].push(i); } a.push([1]);", RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Replacing_an_element_with_a_bigger_one_counts()
    {
        // a[5] = 700 items: 200 - 1 + 700 = 899, one more [1] fits; 800 items: 999, it does not.
        var engine = Limited(1_000);
        const string Setup = "let a = []; for i in 0..100 { a.push([1]); } let big = []; big.pad(SIZE, 0); a[5] = big; ";
        engine.Eval<long>(Setup.Replace("SIZE", "700") + "a.push([1]); a.len()").Should().Be(101);
        SafetyAssert.FailsWith(engine, Setup.Replace("SIZE", "800") + "a.push([1]);", RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Appending_and_removing_keep_the_count_right()
    {
        // 100 appends of [[1]] make 200 items; 50 pops leave 100; then 450 pushes of [1] make 1,000 (fits), 451 do not.
        var engine = Limited(1_000);
        const string Setup = "let a = []; for i in 0..100 { a += [[1]]; } for i in 0..50 { a.pop(); } ";
        engine.Eval<long>(Setup + "for i in 0..450 { a.push([1]); } a.len()").Should().Be(500);
        SafetyAssert.FailsWith(engine, Setup + "for i in 0..451 { a.push([1]); }", RuntimeErrorKind.DataTooLarge);
    }

    [TestCase("let a = grown;", TestName = "A_grown_array_stops_at_the_same_push_as_measuring_afresh")]
    [TestCase("let a = []; for x in grown { a.push(x); } let b = a; a = b;", TestName = "A_rebuilt_and_copied_array_stops_at_the_same_push")]
    public void Tracked_and_fresh_measures_agree(string prepare)
    {
        // 300 maps holding a 2-item array count 900; each [1] adds 2: 4,550 pushes fit in 10,000, the 4,551st does not.
        var engine = Limited(10_000);
        var setup = "let grown = []; for i in 0..300 { grown.push(#{x: [i, i]}); } " + prepare;
        engine.Eval<long>(setup + " for i in 0..4550 { a.push([1]); } a.len()").Should().Be(4850);
        SafetyAssert.FailsWith(engine, setup + " for i in 0..4551 { a.push([1]); }", RuntimeErrorKind.DataTooLarge);
    }
}

/// <summary>Curried arguments are sized when a pointer is made: they count as array items towards <c>MaxArraySize</c>.</summary>
[TestFixture]
public class CurrySizeTests
{
    private static Engine Limited() => new() { Options = EngineOptions.Default with { MaxArraySize = 1_000 } };

    [Test]
    public void Currying_one_argument_at_a_time_stops_at_the_array_limit()
    {
        var error = SafetyAssert.FailsWith(Limited(), "let f = Fn(\"x\"); for i in 0..100000 { f = f.curry(i); }", RuntimeErrorKind.DataTooLarge);
        error.Position.Line.Should().Be(1);
        Limited().Eval<long>("let f = Fn(\"x\"); for i in 0..1000 { f = f.curry(i); } 1").Should().Be(1);
    }

    [Test]
    public void A_deep_chain_of_curried_pointers_stops_at_the_array_limit() =>
        SafetyAssert.FailsWith(Limited(), "let f = Fn(\"x\"); for i in 0..1000000 { f = Fn(\"x\").curry(f); }", RuntimeErrorKind.DataTooLarge);

    [Test]
    public void Currying_a_big_array_counts_its_items() =>
        SafetyAssert.FailsWith(Limited(), "let a = []; a.pad(900, 0); let f = Fn(\"x\").curry(a, a);", RuntimeErrorKind.DataTooLarge);

    [Test]
    public void Without_a_limit_currying_is_unbounded_as_in_rhai() =>
        new Engine().Eval<long>("let f = Fn(\"x\"); for i in 0..5000 { f = f.curry(i); } 1").Should().Be(1);
}
