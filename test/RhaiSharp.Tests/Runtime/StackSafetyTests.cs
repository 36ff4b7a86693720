using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Runtime;

/// <summary>A .NET stack overflow kills the process: runaway recursion must end in a script error instead.</summary>
public class StackSafetyTests
{
    [Test]
    public void Runaway_recursion_stops_at_the_call_level_limit()
    {
        var act = () => new Engine().Run("fn f(n) { f(n + 1) } f(0)");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.StackOverflow);
    }

    [Test]
    public void Runaway_recursion_with_no_call_limit_still_ends_in_a_script_error()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxCallLevels = 0 } };

        var act = () => engine.Run("fn f(n) { 1 + f(n + 1) } f(0)");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.StackOverflow);
    }

    [Test]
    public void Mutually_recursive_closures_in_a_map_overflow_cleanly()
    {
        var act = () => new Engine().Run("let obj = #{ action: || this.action() }; obj.action()");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.StackOverflow);
    }

    [Test]
    public void Stack_overflow_cannot_be_caught_by_the_script()
    {
        var act = () => new Engine().Run("fn f() { f() } try { f() } catch { 1 }");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.StackOverflow);
    }

    [Test]
    public void The_engine_keeps_working_after_a_stack_overflow()
    {
        var engine = new Engine();
        try
        {
            engine.Run("fn f() { f() } f()");
        }
        catch (RuntimeException)
        {
        }

        engine.Eval<long>("fn g(n) { if n == 0 { 0 } else { 1 + g(n - 1) } } g(50)").Should().Be(50);
    }

    [Test]
    public void Copying_a_value_nested_a_million_deep_is_a_script_error_not_a_crash()
    {
        // Scripts can build such values (e.g. `a = [a]` in a loop); building it here directly keeps the test fast.
        var deep = new List<object?>();
        for (var i = 0; i < 1_000_000; i++)
        {
            deep = [deep];
        }

        var copy = () => Values.ValueCopy.Clone(deep);
        var compare = () => Values.ValueEqualityComparer.AreEqual(deep, deep);

        copy.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.StackOverflow);
        compare.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.StackOverflow);
    }

    [Test]
    public void Errors_in_functions_carry_the_call_chain()
    {
        var act = () => new Engine().Run("fn inner() { let a = [1]; a[3] }\nfn outer() { inner() }\nouter()");

        var error = act.Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.ArrayBounds);
        error.Position.Line.Should().Be(1);
        error.CallStack.Select(f => f.Function).Should().Equal("inner", "outer");
    }
}
