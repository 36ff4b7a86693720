using System.Linq.Expressions;
using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;

namespace RhaiSharp.Tests.Compilation;

/// <summary>
/// Loops over a range literal compile to a counted <see cref="long"/> loop that tests one bound per iteration (the
/// range end and the prepaid operation batch folded together) and adds a never-negative counter with one compare.
/// Each behaviour is checked against the same loop over a range held in a variable, which runs through the iterator.
/// </summary>
public class RangeLoopTests
{
    [Test]
    public void Operation_limits_stop_a_literal_range_loop_where_they_stop_the_iterator_loop(
        [Values("..", "..=")] string range, [Values(0, 1, 2, 9, 10, 11, 25)] int end, [Values(1, 3, 10, 12)] long limit)
    {
        var literal = LimitRuns.Outcome($"let n = 0; for i in 0{range}{end} {{ n += i }} n", limit);
        var iterated = LimitRuns.Outcome($"let n = 0; let r = 0{range}{end}; for i in r {{ n += i }} n", limit);

        literal.Should().Be(iterated);
    }

    [Test]
    public void Break_and_continue_leave_the_operation_count_where_the_iterator_loop_leaves_it(
        [Values(3, 7, 8, 9, 20)] long limit)
    {
        const string Body = "{ if i % 3 == 0 { continue } if i == 7 { break } n += i }";
        var literal = LimitRuns.Outcome($"let n = 0; for i in 0..10 {Body} for j in 0..4 {{ n += j }} n", limit);
        var iterated = LimitRuns.Outcome($"let n = 0; let r = 0..10; for i in r {Body} for j in 0..4 {{ n += j }} n", limit);

        literal.Should().Be(iterated);
    }

    [Test]
    public void A_body_that_calls_functions_runs_under_a_limit_it_fits_in()
    {
        const string Script = "fn f(x) { x * 2 } let s = 0; for i in 0..10 { s += f(i) } s";

        LimitRuns.Outcome(Script, maxOperations: 1000).Should().Be(90L);
    }

    [Test]
    public void A_body_that_calls_functions_stops_at_the_limit_that_stops_the_iterator_loop()
    {
        const string Function = "fn f(x) { let y = 0; for k in 0..x { y += k } y }";
        var literal = LimitRuns.LeastOperationLimit(Function + " let s = 0; for i in 0..=30 { s += f(i) } s");
        var iterated = LimitRuns.LeastOperationLimit(Function + " let s = 0; let r = 0..=30; for i in r { s += f(i) } s");

        literal.Should().Be(iterated).And.BeGreaterThan(31);
    }

    [Test]
    public void A_body_that_calls_functions_runs_exactly_as_many_iterations_as_the_iterator_loop_before_the_limit(
        [Values(40, 100, 250, 400)] long limit)
    {
        static (object? Outcome, int Iterations) Run(string script, long limit)
        {
            var printed = 0;
            var engine = Engine.CreateRaw();
            engine.Options = EngineOptions.Default with { MaxOperations = limit };
            engine.OnPrint(_ => printed++);
            try
            {
                return (engine.Eval<object?>(script), printed);
            }
            catch (RuntimeException e)
            {
                return (e.Kind, printed);
            }
        }

        const string Function = "fn f(x) { let y = 0; for k in 0..x { y += k } y }";
        var literal = Run(Function + " let s = 0; for i in 0..=30 { s += f(i); print(i) } s", limit);
        var iterated = Run(Function + " let s = 0; let r = 0..=30; for i in r { s += f(i); print(i) } s", limit);

        literal.Should().Be(iterated);
    }

    [Test]
    public void An_error_caught_inside_a_counted_loop_does_not_use_up_the_operation_limit()
    {
        const string Script = """
            let caught = 0;
            for j in 0..50 {
                try { let x = 9223372036854775800; for i in 0..100 { x += i } } catch { caught += 1 }
            }
            caught
            """;

        LimitRuns.Outcome(Script, maxOperations: 2000).Should().Be(50L);
    }

    [Test]
    public void Progress_reports_the_same_counts_for_a_literal_range_and_the_iterator()
    {
        static List<long> Reported(string script)
        {
            var counts = new List<long>();
            var engine = Engine.CreateRaw();
            engine.OnProgress(count =>
            {
                counts.Add(count);
                return null;
            });
            engine.Run(script);
            return counts;
        }

        var literal = Reported("let n = 0; for i in 0..5000 { n += i }");
        var iterated = Reported("let n = 0; let r = 0..5000; for i in r { n += i }");

        literal.Should().NotBeEmpty().And.Equal(iterated);
    }

    [Test]
    public void A_range_starting_at_the_smallest_int_runs()
    {
        Engine.CreateRaw().Eval<long>("let n = 0; for i in -9223372036854775808..-9223372036854775805 { n += 1 } n").Should().Be(3);
    }

    private static List<string> CalledMethods(string script)
    {
        var finder = new CallFinder();
        finder.Visit(FunctionCompiler.LowerMain(CompiledScript.For(Engine.CreateRaw().Compile(script), CompilerChoice.System)));
        return finder.Called;
    }

    [TestCase("s += i")]
    [TestCase("s = i + s")]
    [TestCase("s -= i")]
    public void An_unchanged_counter_from_zero_is_added_with_the_non_negative_check(string step)
    {
        CalledMethods($"let s = 0; for i in 0..10 {{ {step} }} s").Should().Contain(m => m.EndsWith("NonNegative", StringComparison.Ordinal));
    }

    [TestCase("for i in -1..10 { s += i }")]
    [TestCase("for i in 0..10 { i = i * 2; s += i }")]
    [TestCase("for i in 0..10 { i[63] = true; s += i }")]
    public void A_counter_that_may_be_negative_is_added_with_the_full_check(string loop)
    {
        CalledMethods($"let s = 0; {loop} s").Should().NotContain(m => m.EndsWith("NonNegative", StringComparison.Ordinal));
    }

    [TestCase("s += i", 9223372036854775800L, 7, 8)]
    [TestCase("s = i + s", 9223372036854775800L, 7, 8)]
    [TestCase("s -= i", -9223372036854775801L, 7, 8)]
    public void Adding_a_loop_counter_overflows_exactly_past_the_bound(string step, long start, int fitsUpTo, int overflowsAt)
    {
        var fits = Engine.CreateRaw().Eval<long>($"let s = {start}; for i in {fitsUpTo}..={fitsUpTo} {{ {step} }} s");
        var overflows = () => Engine.CreateRaw().Eval<long>($"let s = {start}; for i in {overflowsAt}..={overflowsAt} {{ {step} }} s");

        fits.Should().Be(step.Contains('-') ? start - fitsUpTo : start + fitsUpTo);
        overflows.Should().Throw<RuntimeException>().Which.Message.Should().Contain("overflow");
    }

    [TestCase("i = -5;")]
    [TestCase("i -= 5;")]
    [TestCase("i[63] = true;")]
    public void A_counter_the_body_changes_is_not_trusted_to_stay_non_negative(string change)
    {
        // s + i for a negative i can only overflow downwards, which a non-negative check would miss.
        var act = () => Engine.CreateRaw().Eval<long>($"let s = -9223372036854775807; for i in 0..1 {{ {change} s += i }} s");

        act.Should().Throw<RuntimeException>().Which.Message.Should().Contain("Addition overflow");
    }

    [Test]
    public void The_index_of_a_two_variable_loop_is_added_with_an_exact_check()
    {
        var act = () => Engine.CreateRaw().Eval<long>("let s = 9223372036854775806; for (x, i) in [1, 2, 3] { s += i } s");

        act.Should().Throw<RuntimeException>().Which.Message.Should().Contain("Addition overflow: 9223372036854775807 + 2");
    }

    private sealed class CallFinder : ExpressionVisitor
    {
        public List<string> Called { get; } = [];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            Called.Add(node.Method.Name);
            return base.VisitMethodCall(node);
        }
    }
}
