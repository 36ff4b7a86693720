using RhaiSharp.Compilation;
using RhaiSharp.Runtime;
using RhaiSharp.Values;

namespace RhaiSharp;

// Running scripts (Rhai: api/eval.rs, api/run.rs, api/call_fn.rs).
public sealed partial class Engine
{
    /// <summary>Compiles and evaluates a script, returning its value as <typeparamref name="T"/>.</summary>
    public T Eval<T>(string script, Scope? scope = null, CancellationToken cancellationToken = default) =>
        Eval<T>(scope is null ? Compile(script) : Compile(script, scope), scope, cancellationToken);

    /// <summary>Evaluates a compiled script, returning its value as <typeparamref name="T"/>.</summary>
    /// <exception cref="ScriptException">The script failed, or its value is not a <typeparamref name="T"/>.</exception>
    public T Eval<T>(Ast ast, Scope? scope = null, CancellationToken cancellationToken = default) =>
        ConvertResult<T>(Execute(ast, scope, cancellationToken));

    /// <summary>Compiles and evaluates a single expression.</summary>
    public T EvalExpression<T>(string expression, Scope? scope = null, CancellationToken cancellationToken = default) =>
        Eval<T>(scope is null ? CompileExpression(expression) : CompileExpression(expression, scope), scope, cancellationToken);

    /// <summary>Compiles and runs a script, discarding its value.</summary>
    public void Run(string script, Scope? scope = null, CancellationToken cancellationToken = default) =>
        Execute(scope is null ? Compile(script) : Compile(script, scope), scope, cancellationToken);

    /// <summary>Runs a compiled script, discarding its value.</summary>
    public void Run(Ast ast, Scope? scope = null, CancellationToken cancellationToken = default) =>
        Execute(ast, scope, cancellationToken);

    /// <summary>Calls a script function defined in <paramref name="ast"/> (private functions are not callable).</summary>
    public T CallFn<T>(Ast ast, string name, params object?[] args) => CallFn<T>(new Scope(), ast, name, args);

    /// <summary>Calls a script function defined in <paramref name="ast"/>, after running the Ast's statements with <paramref name="scope"/>.</summary>
    public T CallFn<T>(Scope scope, Ast ast, string name, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(ast);
        ArgumentNullException.ThrowIfNull(name);
        args ??= [null];
        var compiled = CompiledScript.For(ast, Compiler);
        var fn = compiled.FindFunction(name, args.Length);
        if (fn is null || fn.Definition.IsPrivate)
        {
            throw new RuntimeException(RuntimeErrorKind.FunctionNotFound, $"Function not found: {name} with {args.Length} parameter(s)", Position.None);
        }

        var converted = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            converted[i] = HostConversion.FromHost(args[i]);
        }

        var ctx = RunContext.Rent(Environment, compiled, scope, CancellationToken.None);
        try
        {
            return ConvertResult<T>(Guard(ctx, (fn, ctx, converted), static s => s.fn.Invoke(s.ctx, s.converted, null, null, Position.None)));
        }
        finally
        {
            ctx.Release();
        }
    }

    internal object? Execute(Ast ast, Scope? scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ast);
        var compiled = CompiledScript.For(ast, Compiler);
        if (compiled.Rule is { } rule && rule.TryRun(scope, out var value))
        {
            return value;
        }

        var ctx = RunContext.Rent(Environment, compiled, scope, cancellationToken);
        try
        {
            var main = scope is null ? compiled.MainWithoutScope : compiled.Main;
            return Guard(ctx, (main, ctx), static s => s.main(s.ctx, [], null, null));
        }
        finally
        {
            ctx.Release();
        }
    }

    /// <summary>
    /// Runs compiled code so that nothing but <see cref="ScriptException"/> (and cancellation) escapes the engine.
    /// The state is passed explicitly so the hot entry points allocate no closure.
    /// </summary>
    /// <remarks>An error leaving the run gets its call stack here (see <see cref="RunContext.Unwind"/>).</remarks>
    internal static object? Guard<TState>(RunContext ctx, TState state, Func<TState, object?> run)
    {
        var mark = ctx.Mark();
        try
        {
            return run(state);
        }
        catch (Exception e) when (ctx.Unwind(e, mark))
        {
            throw;
        }
        catch (OperationCanceledException e) when (!ctx.IsOwnCancellation(e))
        {
            // Not this run's token: a host's own cancellation, which the host sees as a script error.
            throw new RuntimeException(RuntimeErrorKind.Runtime, $"Cancelled by host code ({e.GetType().Name})", Position.Unpack(ctx.CurrentPosition), e);
        }
        catch (Exception e) when (e is not ScriptException and not OperationCanceledException)
        {
            throw Internal(e, ctx);
        }
    }

    private static RuntimeException Internal(Exception e, RunContext ctx) => e switch
    {
        OutOfMemoryException => new(RuntimeErrorKind.DataTooLarge, "Out of memory", Position.Unpack(ctx.CurrentPosition), e),
        InsufficientExecutionStackException => new(RuntimeErrorKind.StackOverflow, "Out of stack", Position.Unpack(ctx.CurrentPosition), e),
        _ => new(RuntimeErrorKind.Runtime, $"Internal error: {e.GetType().Name}: {e.Message}", Position.Unpack(ctx.CurrentPosition), e),
    };

    private static T ConvertResult<T>(object? value)
    {
        if (HostConversion.TryToHost<T>(value, out var result))
        {
            return result;
        }

        throw new RuntimeException(
            RuntimeErrorKind.MismatchOutputType,
            $"Output type incorrect: {TypeNames.OfBuiltIn(value) ?? value?.GetType().Name} (expecting {typeof(T).Name})",
            Position.None);
    }
}
