using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;
using static RhaiSharp.Tests.Safety.SafetyAssert;

namespace RhaiSharp.Tests.Safety;

/// <summary>Every limit of issue 6, attacked one at a time: exact error kind, and the engine keeps working afterwards.</summary>
public class LimitTests
{
    // ---- MaxOperations ----

    [Test]
    public void An_infinite_loop_hits_the_operations_limit()
    {
        var e = FailsWith(Limited(EngineOptions.Default with { MaxOperations = 1_000 }), "loop { }", RuntimeErrorKind.TooManyOperations);
        e.Position.Line.Should().Be(1);
    }

    // Fuzz finding (seed -10624): `continue` in `loop` jumped past the back-edge count, so the loop never stopped.
    [TestCase("loop { continue; }")]
    [TestCase("while true { continue; }")]
    [TestCase("do { continue; } while true;")]
    [TestCase("for i in 0..1000000000 { continue; }")]
    [TestCase("let a = [1]; a.pad(100000, 1); for x in a { continue; }")]
    public void Continue_cannot_skip_the_operation_count(string script)
    {
        FailsWith(Limited(EngineOptions.Default with { MaxOperations = 1_000 }), script, RuntimeErrorKind.TooManyOperations);
    }

    [Test]
    public void A_timeout_stops_a_loop_that_only_continues()
    {
        FailsWith(Limited(EngineOptions.Default with { Timeout = TimeSpan.FromMilliseconds(100) }), "loop { continue; }", RuntimeErrorKind.Terminated);
    }

    [Test]
    public void Exponential_recursion_without_loops_hits_the_operations_limit()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxOperations = 10_000 }),
            "fn f(n) { if n == 0 { 0 } else { f(n - 1) + f(n - 1) } } f(40)",
            RuntimeErrorKind.TooManyOperations);
    }

    [Test]
    public void A_bounded_script_stays_under_the_operations_limit()
    {
        Limited(EngineOptions.Default with { MaxOperations = 10_000 })
            .Eval<long>("let s = 0; for i in 0..100 { s += i } s").Should().Be(4950);
    }

    [Test]
    public void Native_callbacks_count_operations()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxOperations = 1_000 }),
            "let a = []; a.pad(5000, 1); a.map(|x| x + 1)",
            RuntimeErrorKind.TooManyOperations);
    }

    // ---- MaxCallLevels ----

    [Test]
    public void Recursion_deeper_than_the_call_level_limit_is_a_stack_overflow()
    {
        var engine = Limited(EngineOptions.Default with { MaxCallLevels = 5 });
        engine.Eval<long>("fn f(n) { if n == 0 { 0 } else { 1 + f(n - 1) } } f(4)").Should().Be(4);
        FailsWith(engine, "fn f(n) { if n == 0 { 0 } else { 1 + f(n - 1) } } f(10)", RuntimeErrorKind.StackOverflow);
    }

    [Test]
    public void Recursion_through_closures_is_bounded_by_the_call_level_limit()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxCallLevels = 8 }),
            "let f = |g, n| g.call(g, n + 1); f.call(f, 0)",
            RuntimeErrorKind.StackOverflow);
    }

    [Test]
    public void Deep_recursion_with_no_call_level_limit_ends_in_a_stack_overflow_error()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxCallLevels = 0 }),
            "fn f(n) { 1 + f(n + 1) } f(0)",
            RuntimeErrorKind.StackOverflow);
    }

    [Test]
    public void Deep_recursion_in_sort_callbacks_with_no_limits_ends_in_a_stack_overflow_error()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxCallLevels = 0 }),
            "fn f(a) { a.sort(|x, y| { f([2, 1]); 0 }); a } f([2, 1])",
            RuntimeErrorKind.StackOverflow);
    }

    // ---- MaxExprDepth / MaxFunctionExprDepth ----

    private static string Nested(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    [Test]
    public void Nesting_over_the_default_expression_depth_is_a_parse_error()
    {
        FailsToParse(new Engine(), Nested("(", "1", ")", 100)).Kind.Should().Be(ParseErrorKind.ExprTooDeep);
    }

    [Test]
    public void Nesting_over_the_function_expression_depth_is_a_parse_error()
    {
        FailsToParse(new Engine(), "fn f() { " + Nested("(", "1", ")", 40) + " }").Kind.Should().Be(ParseErrorKind.ExprTooDeep);
    }

    [TestCase("(", "1", ")")]
    [TestCase("[", "1", "]")]
    [TestCase("-", "1", "")]
    [TestCase("!", "true", "")]
    [TestCase("#{a: ", "1", "}")]
    [TestCase("{ ", "1", " }")]
    [TestCase("if true { ", "1", " }")]
    [TestCase("|| ", "1", "")]
    [TestCase("f(", "1", ")")]
    public void Nesting_100000_deep_with_unlimited_depth_is_a_script_error_not_a_crash(string open, string inner, string close)
    {
        var engine = Limited(EngineOptions.Default with { MaxExprDepth = 0, MaxFunctionExprDepth = 0 });
        var script = "fn f(x) { x } " + Nested(open, inner, close, 100_000);

        var act = () => engine.Run(script);

        act.Should().Throw<ScriptException>();
        StillWorks(engine);
    }

    [Test]
    public void Nesting_100000_deep_inside_a_function_with_unlimited_depth_is_a_script_error_not_a_crash()
    {
        var engine = Limited(EngineOptions.Default with { MaxExprDepth = 0, MaxFunctionExprDepth = 0 });

        var act = () => engine.Run("fn g() { " + Nested("(", "1", ")", 100_000) + " } g()");

        act.Should().Throw<ScriptException>();
        StillWorks(engine);
    }

    [TestCase("+")]
    [TestCase("*")]
    [TestCase("&&")]
    [TestCase("??")]
    public void A_100000_term_operator_chain_is_a_result_or_a_script_error_not_a_crash(string op)
    {
        var engine = Limited(EngineOptions.Default with { MaxExprDepth = 0, MaxFunctionExprDepth = 0 });
        var script = string.Join(" " + op + " ", Enumerable.Repeat("x", 100_000));

        var act = () => engine.Run("let x = 1; " + script);

        try
        {
            act();
        }
        catch (ScriptException)
        {
        }

        StillWorks(engine);
    }

    // ---- MaxStringSize ----

    [Test]
    public void A_string_doubling_loop_fails_at_the_limit_without_allocating_first()
    {
        var engine = Limited(EngineOptions.Default with { MaxStringSize = 1_000 });
        var before = GC.GetAllocatedBytesForCurrentThread();

        FailsWith(engine, "let s = \"x\"; loop { s += s; }", RuntimeErrorKind.DataTooLarge);

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(50_000_000);
    }

    [Test]
    public void An_appending_loop_fails_where_the_string_outgrows_the_limit()
    {
        var error = FailsWith(
            Limited(EngineOptions.Default with { MaxStringSize = 100 }),
            "let s = \"\";\nlet n = 0;\nloop {\n  s += \"ab\";\n  n += 1;\n}",
            RuntimeErrorKind.DataTooLarge);
        error.Position.Line.Should().Be(4);
    }

    [Test]
    public void A_string_literal_over_the_limit_is_a_parse_error()
    {
        FailsToParse(Limited(EngineOptions.Default with { MaxStringSize = 10 }), "\"" + new string('x', 20) + "\"")
            .Kind.Should().Be(ParseErrorKind.LiteralTooLarge);
    }

    [Test]
    public void A_huge_interpolation_fails_on_the_string_limit()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxStringSize = 1_000 }),
            "let s = \"0123456789\"; let t = `${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}`; `${t}${t}${t}${t}${t}${t}${t}${t}${t}${t}${t}`",
            RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void String_padding_over_the_limit_fails()
    {
        FailsWith(Limited(EngineOptions.Default with { MaxStringSize = 1_000 }), "let s = \"x\"; s.pad(2_000_000_000, \"y\"); s", RuntimeErrorKind.DataTooLarge);
    }

    // ---- MaxArraySize ----

    [Test]
    public void Pushing_in_a_loop_fails_at_the_array_limit()
    {
        FailsWith(Limited(EngineOptions.Default with { MaxArraySize = 100 }), "let a = []; loop { a.push(1); }", RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Appending_arrays_in_a_loop_fails_at_the_array_limit()
    {
        FailsWith(Limited(EngineOptions.Default with { MaxArraySize = 100 }), "let a = [1]; loop { a += a; }", RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Nested_arrays_are_counted_recursively()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxArraySize = 10 }),
            "let b = [1, 2, 3, 4, 5, 6]; let a = []; a.push(b); a.push(b); a",
            RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Arrays_nested_in_a_loop_are_counted_recursively()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxArraySize = 100 }),
            "let a = [1, 2, 3]; loop { a = [a, a]; a.push([]); }",
            RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Array_padding_over_the_limit_fails()
    {
        FailsWith(Limited(EngineOptions.Default with { MaxArraySize = 1_000 }), "let a = []; a.pad(2_000_000_000, 0); a", RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Blob_growth_over_the_limit_fails()
    {
        FailsWith(Limited(EngineOptions.Default with { MaxArraySize = 100 }), "let b = blob(10); loop { b += b; }", RuntimeErrorKind.DataTooLarge);
    }

    // ---- MaxMapSize ----

    [Test]
    public void Adding_properties_in_a_loop_fails_at_the_map_limit()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxMapSize = 50 }),
            "let m = #{}; let i = 0; loop { m[`k${i}`] = i; i += 1; }",
            RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Merging_maps_fails_at_the_map_limit()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxMapSize = 3 }),
            "let m = #{a: 1, b: 2}; m += #{c: 3, d: 4}; m",
            RuntimeErrorKind.DataTooLarge);
    }

    // ---- MaxVariables ----

    [Test]
    public void Declaring_more_variables_than_allowed_fails()
    {
        FailsWith(Limited(EngineOptions.Default with { MaxVariables = 3 }), "let a = 1; let b = 2; let c = 3; let d = 4;", RuntimeErrorKind.TooManyVariables);
    }

    [Test]
    public void Variables_in_recursive_calls_count_against_the_limit()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxVariables = 20, MaxCallLevels = 0 }),
            "fn f(n) { let x = n; if n > 0 { f(n - 1) } else { 0 } } f(100)",
            RuntimeErrorKind.TooManyVariables);
    }

    // ---- Limit errors are not catchable ----

    [TestCase("loop { }", RuntimeErrorKind.TooManyOperations)]
    [TestCase("let obj = #{ action: || this.action() }; obj.action()", RuntimeErrorKind.StackOverflow)]
    [TestCase("let s = \"x\"; loop { s += s; }", RuntimeErrorKind.DataTooLarge)]
    [TestCase("let a = []; loop { a.push(1); }", RuntimeErrorKind.DataTooLarge)]
    [TestCase("let a = 1; let b = 2; let c = 3; let d = 4; let e = 5; let f = 6;", RuntimeErrorKind.TooManyVariables)]
    public void Limit_errors_cannot_be_caught_by_the_script(string body, RuntimeErrorKind kind)
    {
        var engine = Limited(EngineOptions.Default with { MaxOperations = 5_000, MaxCallLevels = 10, MaxStringSize = 1_000, MaxArraySize = 1_000, MaxVariables = 5 });

        FailsWith(engine, "let caught = false; try { " + body + " } catch (e) { caught = true; } caught", kind);
    }

    [Test]
    public void Limit_errors_cannot_be_caught_inside_a_function()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxOperations = 5_000 }),
            "fn spin() { try { loop { } } catch { 0 } } let n = 0; for i in 0..3 { n += spin(); } n",
            RuntimeErrorKind.TooManyOperations);
    }

    // ---- Progress callback ----

    [Test]
    public void The_progress_callback_terminates_the_run_with_its_value()
    {
        var engine = Limited(EngineOptions.Default).OnProgress(count => count > 5_000 ? "stop" : null);

        var error = FailsWith(engine, "let caught = 0; try { loop { } } catch { caught = 1; } caught", RuntimeErrorKind.Terminated);

        error.Value.Should().Be("stop");
    }

    [Test]
    public void The_progress_callback_sees_growing_operation_counts()
    {
        var counts = new List<long>();
        var engine = Limited(EngineOptions.Default).OnProgress(count =>
        {
            counts.Add(count);
            return null;
        });

        engine.Eval<long>("let s = 0; for i in 0..10000 { s += 1 } s").Should().Be(10000);

        counts.Should().NotBeEmpty().And.BeInAscendingOrder();
        counts[^1].Should().BeGreaterThanOrEqualTo(9_000);
    }

    // ---- Cancellation and timeout ----

    [Test]
    public void A_cancelled_token_stops_a_tight_loop()
    {
        var engine = Limited(EngineOptions.Default);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var sw = Stopwatch.StartNew();

        var act = () => engine.Run("loop { }", null, cts.Token);

        act.Should().Throw<OperationCanceledException>();
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
        StillWorks(engine);
    }

    [Test]
    public void A_timeout_stops_a_tight_loop_with_a_terminated_error()
    {
        var engine = Limited(EngineOptions.Default with { Timeout = TimeSpan.FromMilliseconds(100) });
        var sw = Stopwatch.StartNew();

        var error = FailsWith(engine, "let n = 0; loop { n += 1; }", RuntimeErrorKind.Terminated);

        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
        error.Message.Should().Contain("timeout");
    }

    [Test]
    public void A_timeout_stops_a_loop_inside_a_function_called_from_a_callback()
    {
        FailsWith(
            Limited(EngineOptions.Default with { Timeout = TimeSpan.FromMilliseconds(100) }),
            "fn spin(x) { loop { } } [1, 2, 3].map(spin)",
            RuntimeErrorKind.Terminated);
    }

    /// <summary>Building and sorting a few million items is a handful of native calls and no script operations.</summary>
    private const string LongNativeCalls = "let a = []; a.pad(3_000_000, 1); a.sort(); a.reverse(); a.sort(); a.pad(6_000_000, 0); a.sort(); a.sort(); a.len()";

    [Test]
    public void A_timeout_stops_a_long_standard_library_call()
    {
        var engine = Limited(EngineOptions.Default with { Timeout = TimeSpan.FromMilliseconds(50) });
        var sw = Stopwatch.StartNew();

        FailsWith(engine, LongNativeCalls, RuntimeErrorKind.Terminated);

        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Test]
    public void A_cancelled_token_stops_a_long_standard_library_call()
    {
        var engine = Limited(EngineOptions.Default);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var sw = Stopwatch.StartNew();

        var act = () => engine.Run(LongNativeCalls, null, cts.Token);

        act.Should().Throw<OperationCanceledException>();
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        StillWorks(engine);
    }

    [Test]
    public void A_run_within_the_timeout_completes()
    {
        Limited(EngineOptions.Default with { Timeout = TimeSpan.FromSeconds(30) })
            .Eval<long>("let s = 0; for i in 0..1000 { s += i } s").Should().Be(499500);
    }
}
