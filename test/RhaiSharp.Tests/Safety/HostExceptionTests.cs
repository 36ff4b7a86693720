using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety;

/// <summary>
/// Exceptions from host code become catchable script errors naming the function and its position, without the host's
/// message; the engine's own cancellation and running out of memory are never caught by a script.
/// </summary>
[TestFixture]
public class HostExceptionTests
{
    private static Engine EngineWith(string name, Action body) =>
        new Engine().RegisterFn(name, () =>
        {
            body();
            return 0L;
        });

    [Test]
    public void A_host_exception_is_a_catchable_error_with_the_function_name_and_position()
    {
        var engine = EngineWith("lookup", () => throw new InvalidOperationException("password=hunter2"));
        var error = engine.Invoking(e => e.Run("let x = 1;\nlookup()")).Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.Runtime);
        error.RawMessage.Should().Contain("lookup").And.Contain(nameof(InvalidOperationException));
        error.Position.Should().Be(new Position(2, 1));
        error.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Test]
    public void A_host_exception_message_does_not_reach_the_script() =>
        EngineWith("lookup", () => throw new InvalidOperationException("password=hunter2"))
            .Eval<string>("let m = \"\"; try { lookup(); } catch (e) { m = `${e}`; } m").Should().NotContain("hunter2").And.Contain("lookup");

    [Test]
    public void A_host_task_cancellation_is_a_catchable_error_not_a_cancellation_of_the_run()
    {
        var engine = EngineWith("fetch", () => throw new TaskCanceledException());
        engine.Eval<string>("let r = \"no\"; try { fetch(); } catch { r = \"caught\"; } r").Should().Be("caught");
        engine.Invoking(e => e.Run("fetch()")).Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Runtime);
    }

    [Test]
    public void The_runs_own_cancellation_still_cancels()
    {
        using var cts = new CancellationTokenSource();
        var engine = EngineWith("stop", cts.Cancel);
        engine.Invoking(e => e.Run("stop(); loop { }", null, cts.Token)).Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Out_of_memory_in_host_code_is_not_caught_by_the_script()
    {
        var engine = EngineWith("grow", () => throw new OutOfMemoryException());
        var error = engine.Invoking(e => e.Eval<string>("let r = \"no\"; try { grow(); } catch { r = \"caught\"; } r"))
            .Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
        error.IsCatchable.Should().BeFalse();
        SafetyAssert.StillWorks(engine);
    }

    [Test]
    public void A_host_call_that_returns_after_the_timeout_fails_the_run()
    {
        var engine = new Engine { Options = EngineOptions.Default with { Timeout = TimeSpan.FromMilliseconds(50) } }
            .RegisterFn("slow", () =>
            {
                Thread.Sleep(200);
                return 1L;
            });
        var error = engine.Invoking(e => e.Eval<long>("slow()")).Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.Terminated);
        error.Position.Should().Be(new Position(1, 1));
    }
}
