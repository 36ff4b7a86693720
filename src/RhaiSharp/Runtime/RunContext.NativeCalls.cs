using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

// What native functions see of the run (NativeCallContext): calls back into script, formatting, output and the size
// limits on values they build.
internal sealed partial class RunContext
{
    // Calls back into script from native code go through CallBack: the native function making them may catch an error
    // and go on, so the run's state is restored (see Unwind) when an error leaves the call.

    public override object? CallFnPtr(FnPtr fn, object?[] args) =>
        CallBack((fn, args), static (ctx, s) => Calls.CallFnPtr(ctx, s.fn, s.args, null, ctx.Position));

    public override object? CallFnPtrWithThis(FnPtr fn, object? thisValue, object?[] args) =>
        CallBack((fn, args, self: new ThisRef(thisValue)), static (ctx, s) => Calls.CallFnPtr(ctx, s.fn, s.args, s.self, ctx.Position));

    public override int? ArityOf(FnPtr fn) => Calls.ArityOf(this, fn);

    public override object? CallFnPtrWithThisRef(FnPtr fn, ref object? thisValue, object?[] args)
    {
        var self = new ThisRef(thisValue);
        var result = CallBack((fn, args, self), static (ctx, s) => Calls.CallFnPtr(ctx, s.fn, s.args, s.self, ctx.Position));
        thisValue = self.Value;
        return result;
    }

    public override object? CallItemCallback(FnPtr fn, object? item, long index) =>
        CallBack((fn, item, index), static (ctx, s) => Calls.CallItemCallback(ctx, s.fn, s.item, s.index, ctx.Position));

    public override object? CallFunction(string name, object?[] args) =>
        CallBack((name, args), static (ctx, s) => Calls.CallByName(ctx, s.name, s.args, ctx.Position));

    /// <summary>Runs <paramref name="call"/>; an error leaving it unwinds the run to where it started. The state is passed explicitly so no closure is allocated.</summary>
    private object? CallBack<TState>(TState state, Func<RunContext, TState, object?> call)
    {
        var mark = Mark();
        try
        {
            return call(this, state);
        }
        catch (Exception e) when (Unwind(e, mark))
        {
            throw;
        }
    }

    public override string TypeName(object? value) =>
        TypeNames.OfBuiltIn(value) ?? Environment.CustomTypeName(value!.GetType()) ?? value!.GetType().Name;

    public override string ToDisplay(object? value) => Formatting.ToDisplay(this, value);

    public override string ToDebug(object? value) => Formatting.ToDebug(this, value);

    public override bool ValuesEqual(object? left, object? right) => Ops.EqualsValue(this, left, right);

    public override void Print(string text) => Environment.OnPrint?.Invoke(text);

    public override void Debug(string text) => Environment.OnDebug?.Invoke(text, null, Position);

    public override void CheckStringSize(long length) => CheckStringSize(length, CurrentPosition);

    /// <summary>As <see cref="CheckStringSize(long)"/>, reporting the error at <paramref name="position"/> (operators have no native call position).</summary>
    public void CheckStringSize(long length, long position)
    {
        var max = Environment.Limits.MaxStringSize;
        if (max > 0 && length > max)
        {
            throw new RuntimeException(RuntimeErrorKind.DataTooLarge, $"Length of string too large (limit {max})", Position.Unpack(position));
        }
    }

    public override void CheckArraySize(long size)
    {
        var max = Environment.Limits.MaxArraySize;
        if (max > 0 && size > max)
        {
            throw new RuntimeException(RuntimeErrorKind.DataTooLarge, $"Size of array too large (limit {max})", Position);
        }
    }

    public override bool LimitsArraySize => Environment.Limits.MaxArraySize > 0;

    public override void CheckMapSize(long size) => CheckMapSize(size, CurrentPosition);

    /// <summary>As <see cref="CheckMapSize(long)"/>, reporting the error at <paramref name="position"/> (stores have no native call position).</summary>
    public void CheckMapSize(long size, long position)
    {
        var max = Environment.Limits.MaxMapSize;
        if (max > 0 && size > max)
        {
            throw new RuntimeException(RuntimeErrorKind.DataTooLarge, $"Size of object map too large (limit {max})", Position.Unpack(position));
        }
    }
}
