using RhaiSharp.Packages;
using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>Function, method and function-pointer calls at run time (Rhai: <c>func/call.rs</c>).</summary>
internal static class Calls
{
    /// <summary>Runs a native function, attaching the call's position to its errors and wrapping foreign exceptions.</summary>
    public static object? InvokeNative(RunContext ctx, NativeFunction fn, object?[] args, long pos)
    {
        var saved = ctx.CurrentPosition;
        ctx.CurrentPosition = pos;
        try
        {
            var result = fn.Invoke(ctx, args);

            // A call that overran the timeout (a slow host function, a long native) fails the run even though it returned.
            ctx.CheckDeadline(pos);
            return result;
        }
        catch (RuntimeException e) when (e.Position.IsNone)
        {
            throw e.At(Position.Unpack(pos));
        }
        catch (ScriptException e) when (e is not RuntimeException and not ParseException)
        {
            // A host function may fail with any script error (its own subclass, say): the script sees a catchable one.
            throw new RuntimeException(RuntimeErrorKind.Runtime, e.RawMessage, e.Position.IsNone ? Position.Unpack(pos) : e.Position, e);
        }
        catch (Exception e) when (IsForeign(ctx, e))
        {
            // The host's own message stays in InnerException for the host: it may say what the script must not see.
            throw new RuntimeException(RuntimeErrorKind.Runtime, $"Function '{fn.Name}' failed ({e.GetType().Name})", Position.Unpack(pos), e);
        }
        finally
        {
            ctx.CurrentPosition = saved;
        }
    }

    /// <summary>
    /// An exception from host code that becomes a catchable script error: anything but a script error, the engine's
    /// own cancellation (its token), and running out of memory or stack (which no script may catch).
    /// </summary>
    private static bool IsForeign(RunContext ctx, Exception e) => e switch
    {
        ScriptException => false,
        OperationCanceledException => !ctx.IsOwnCancellation(e),
        OutOfMemoryException or InsufficientExecutionStackException => false,
        _ => true,
    };

    /// <summary>A plain call <c>f(a, b)</c> of a function that is not a script function of this Ast.</summary>
    /// <remarks>
    /// When the first argument is a constant, a mutating function works on a copy; when it is <c>m::X</c> or
    /// <c>global::X</c>, a mutating function is refused outright, as in Rhai (<see cref="RuntimeErrorKind.NonPureMethodCallOnConstant"/>).
    /// </remarks>
    public static object? CallFunction(RunContext ctx, CallSite site, object?[] args, bool firstArgIsConstant, bool firstArgIsNamespaced)
    {
        var fn = site.Resolve(ctx.Environment, args);
        if (fn is null)
        {
            var script = ctx.Functions.Find(site.Name, args.Length);
            if (script is not null)
            {
                return InvokeScript(ctx, script, CopyArgs(args), null, null, site.Position);
            }

            throw Errors.FunctionNotFound(ctx, site.Name, args, site.Position);
        }

        if (!fn.IsPure && firstArgIsNamespaced)
        {
            throw NonPureOnConstant(site);
        }

        if (!fn.IsPure && firstArgIsConstant && args.Length > 0)
        {
            // A mutating function called on a constant in function-call style works on a copy.
            args[0] = ValueCopy.Clone(args[0]);
        }

        return InvokeNative(ctx, fn, args, site.Position);
    }

    /// <summary>A method call <c>x.f(a)</c>: args[0] is <c>this</c> and holds its new value afterwards.</summary>
    public static object? CallMethod(RunContext ctx, CallSite site, object?[] args, bool targetIsConstant)
    {
        var target = args[0];
        var name = site.Name;
        if (target is FnPtr fp)
        {
            switch (name)
            {
                case "call":
                    return CallFnPtr(ctx, fp, args[1..], null, Position.Unpack(site.Position));
                case "curry":
                    // Sized when produced: curried arguments count towards MaxArraySize (Values/NestedSize).
                    return DataSize.Check(ctx, fp.WithCurried(args[1..].Select(ValueCopy.Clone)), site.Position);
            }
        }

        var script = ctx.Functions.Find(name, args.Length - 1);
        if (script is not null)
        {
            var self = new ThisRef(target);
            return WriteBack(args, targetIsConstant, self, InvokeScript(ctx, script, CopyArgs(args[1..]), null, self, site.Position));
        }

        if (target is SortedDictionary<string, object?> map && map.TryGetValue(name, out var prop) && prop is FnPtr method)
        {
            // The object-map OOP pattern: a property holding a function is called with `this` bound to the map.
            var self = new ThisRef(target);
            return WriteBack(args, targetIsConstant, self, CallFnPtr(ctx, method, args[1..], self, Position.Unpack(site.Position)));
        }

        var fn = site.Resolve(ctx.Environment, args);
        if (fn is null)
        {
            if (name == "call" && args.Length >= 2 && args[1] is FnPtr bound)
            {
                // x.call(f, a): call f with `this` bound to x.
                var self = new ThisRef(target);
                return WriteBack(args, targetIsConstant, self, CallFnPtr(ctx, bound, args[2..], self, Position.Unpack(site.Position)));
            }

            throw Errors.FunctionNotFound(ctx, name, args, site.Position);
        }

        if (!fn.IsPure && targetIsConstant)
        {
            throw NonPureOnConstant(site);
        }

        return InvokeNative(ctx, fn, args, site.Position);
    }

    private static RuntimeException NonPureOnConstant(CallSite site) =>
        Errors.Runtime(RuntimeErrorKind.NonPureMethodCallOnConstant, $"Non-pure method '{site.Name}' cannot be called on constant", site.Position);

    /// <summary>After a call that bound <c>this</c> by reference: writes its new value back unless it is a constant.</summary>
    private static object? WriteBack(object?[] args, bool targetIsConstant, ThisRef self, object? result)
    {
        if (!targetIsConstant)
        {
            args[0] = self.Value;
        }

        return result;
    }

    public static object? InvokeScript(RunContext ctx, ScriptCallable fn, object?[] args, SharedCell[]? captured, ThisRef? self, long pos) =>
        fn.Invoke(ctx, args, captured, self, Position.Unpack(pos));

    private static object?[] CopyArgs(object?[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = ValueCopy.Clone(args[i]);
        }

        return args;
    }

    public static object? CallByName(RunContext ctx, string name, object?[] args, Position pos)
    {
        var script = ctx.Functions.Find(name, args.Length);
        if (script is not null)
        {
            return script.Invoke(ctx, CopyArgs(args), null, null, pos);
        }

        var fn = ctx.Environment.ResolveFunction(name, args)
            ?? throw Errors.FunctionNotFound(ctx, name, args, pos.Pack());
        return InvokeNative(ctx, fn, args, pos.Pack());
    }

    /// <summary>Calls a function pointer: curried arguments first; closures bring their captured cells.</summary>
    public static object? CallFnPtr(RunContext ctx, FnPtr fn, object?[] args, ThisRef? self, Position pos)
    {
        var all = fn.Curried.Length == 0 ? args : [.. fn.Curried.Select(ValueCopy.Clone), .. args];
        if (fn.Target is ScriptCallable target)
        {
            if (target.Arity != all.Length)
            {
                throw Errors.FunctionNotFound(ctx, fn.Name, all, pos.Pack());
            }

            return target.Invoke(ctx, CopyArgs(all), fn.Captured, self, pos);
        }

        var script = ctx.Functions.Find(fn.Name, all.Length);
        if (script is not null)
        {
            return script.Invoke(ctx, CopyArgs(all), null, self, pos);
        }

        if (self is not null)
        {
            object?[] withThis = [self.Value, .. all];
            var method = ctx.Environment.ResolveFunction(fn.Name, withThis)
                ?? throw Errors.FunctionNotFound(ctx, fn.Name, withThis, pos.Pack());
            var result = InvokeNative(ctx, method, withThis, pos.Pack());
            self.Value = withThis[0];
            return result;
        }

        var native = ctx.Environment.ResolveFunction(fn.Name, all)
            ?? throw Errors.FunctionNotFound(ctx, fn.Name, all, pos.Pack());
        return InvokeNative(ctx, native, all, pos.Pack());
    }

    /// <summary>Rhai's callback convention for array functions: by the callback's arity.</summary>
    public static object? CallItemCallback(RunContext ctx, FnPtr fn, object? item, long index, Position pos)
    {
        var arity = ArityOf(ctx, fn);
        return arity switch
        {
            0 => CallFnPtr(ctx, fn, [], new ThisRef(item), pos),
            1 => CallFnPtr(ctx, fn, [item], null, pos),
            _ => CallFnPtr(ctx, fn, [item, Boxes.Int(index)], null, pos),
        };
    }

    public static int ArityOf(RunContext ctx, FnPtr fn)
    {
        if (fn.Target is ScriptCallable target)
        {
            return target.Arity - fn.Curried.Length;
        }

        for (var arity = 1; arity <= 2; arity++)
        {
            if (ctx.Functions.Find(fn.Name, arity + fn.Curried.Length) is not null
                || ctx.Environment.HasFunction(fn.Name, arity + fn.Curried.Length))
            {
                return arity;
            }
        }

        return ctx.Functions.Find(fn.Name, fn.Curried.Length) is not null ? 0 : 1;
    }
}
