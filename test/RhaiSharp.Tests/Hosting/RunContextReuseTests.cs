using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Packages.Standard;

namespace RhaiSharp.Tests.Hosting;

/// <summary>
/// A finished top-level run hands its run context to the next run on the same thread. Nothing of one run may leak
/// into the next: counters, limits, scope, constants. And evaluating a compiled rule allocates nothing.
/// </summary>
public class RunContextReuseTests
{
    [Test]
    public void A_run_stopped_by_the_operation_limit_leaves_the_next_run_a_full_budget()
    {
        var engine = Engine.CreateRaw();
        engine.Options = engine.Options with { MaxOperations = 5_000 };
        var nearLimit = engine.Compile("let s = 0; for i in 0..4000 { s += 1 } s");

        var act = () => engine.Run("loop { }");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.TooManyOperations);
        engine.Eval<long>(nearLimit).Should().Be(4000);
        engine.Eval<long>(nearLimit).Should().Be(4000, "each run counts its operations from zero");
    }

    [Test]
    public void A_run_stopped_deep_in_recursion_leaves_the_next_run_its_whole_call_depth()
    {
        var engine = Engine.CreateRaw();
        engine.Options = engine.Options with { MaxCallLevels = 30 };

        var act = () => engine.Run("fn f(n) { f(n + 1) } f(0)");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.StackOverflow);
        engine.Eval<long>("fn d(n) { if n == 0 { 0 } else { 1 + d(n - 1) } } d(28)").Should().Be(28);
    }

    [Test]
    public void The_scope_of_one_run_is_not_visible_to_the_next()
    {
        var engine = Engine.CreateRaw();
        var ast = engine.Compile("secret");
        var scope = new Scope().Push("secret", 42L);

        engine.Eval<long>(ast, scope).Should().Be(42);
        var act = () => engine.Eval<long>(ast);

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.VariableNotFound);
    }

    [Test]
    public void The_cancellation_token_of_one_run_does_not_stop_the_next()
    {
        var engine = Engine.CreateRaw();
        var ast = engine.Compile("let s = 0; for i in 0..100000 { s += i } s");
        using var source = new CancellationTokenSource();
        engine.Eval<long>(ast, cancellationToken: source.Token).Should().Be(4_999_950_000);

        source.Cancel();

        engine.Eval<long>(ast).Should().Be(4_999_950_000);
    }

    [Test]
    public void The_progress_handler_of_one_engine_is_not_called_in_the_next_engines_run()
    {
        var ast = Engine.CreateRaw().Compile("let s = 0; for i in 0..100000 { s += i } s");
        var stopping = Engine.CreateRaw().OnProgress(_ => "stop");
        stopping.Invoking(e => e.Eval<long>(ast)).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.Terminated);

        Engine.CreateRaw().Eval<long>(ast).Should().Be(4_999_950_000);
    }

    [Test]
    public void Constants_of_one_run_are_not_visible_to_the_next()
    {
        var engine = Engine.CreateRaw();
        engine.Eval<long>("const LIMIT = 7; fn limit() { global::LIMIT } limit()").Should().Be(7);

        var act = () => engine.Eval<long>("fn limit() { global::LIMIT } limit()");

        act.Should().Throw<RuntimeException>();
    }

    [Test]
    public void A_host_function_may_run_another_script_while_its_own_run_is_in_progress()
    {
        var inner = Engine.CreateRaw();
        var innerAst = inner.Compile("fn f(n) { n * 10 } f(4)");
        var outer = new Engine().RegisterFn("nested", () => inner.Eval<long>(innerAst));

        outer.Eval<long>("fn g(n) { if n == 0 { nested() } else { 1 + g(n - 1) } } let a = [1, 2]; g(3) + a.len()")
            .Should().Be(45);
        outer.Eval<long>("nested() + nested()").Should().Be(80);
    }

    [Test]
    public void After_a_nested_run_the_thread_s_runs_still_reuse_one_context()
    {
        var inner = Engine.CreateRaw();
        var innerAst = inner.Compile("let n = 4; n * 10");
        var outer = Engine.CreateRaw().RegisterFn("nested", () => inner.Eval<long>(innerAst));
        var withNested = outer.Compile("nested() + 2");
        var plain = outer.Compile("let x = 40; x + 2");
        outer.Eval<long>(withNested).Should().Be(42);

        // The nested run needed a context of its own; the outer runs after it must not keep allocating one.
        AllocatedPerCall(() => outer.Eval<long>(plain)).Should().Be(0);
    }

    [Test]
    public void Evaluating_a_compiled_rule_with_a_scope_allocates_nothing()
    {
        var engine = new Engine();
        var ast = engine.Compile("""x > 10 && y < 5 || name == "gold" """);
        var scope = new Scope().Push("x", 15L).Push("y", 3L).Push("name", "silver");

        AllocatedPerCall(() => engine.Eval<bool>(ast, scope)).Should().Be(0);
    }

    [Test]
    public void Calling_a_delegate_from_CreateFunc_allocates_nothing()
    {
        var engine = new Engine();
        var rule = engine.CreateFunc<long, long, string, bool>(
            engine.Compile("""fn rule(x, y, name) { x > 10 && y < 5 || name == "gold" }"""), "rule");

        AllocatedPerCall(() => rule(15, 3, "silver")).Should().Be(0);
    }

    [Test]
    public void An_engine_per_call_allocates_only_its_one_word_object()
    {
        var ast = new Engine().Compile("let x = 40; x + 2");

        AllocatedPerCall(() =>
        {
            var engine = Engine.CreateRaw();
            engine.RegisterGlobalModule(StandardPackage.Instance.AsSharedModule());
            return engine.Eval<long>(ast);
        }).Should().Be(24, "an object header, a method table pointer and the engine's one field");
    }

    // Warm up past the interpreted first runs and the compilation, then average over many calls.
    private static long AllocatedPerCall<T>(Func<T> call)
    {
        for (var i = 0; i < 20; i++)
        {
            call();
        }

        const int calls = 1_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
    }
}
