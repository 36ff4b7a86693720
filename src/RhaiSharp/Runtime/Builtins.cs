using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;
using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>
/// Helpers that compiled code calls for constructs other than operators: literals, closures, <c>this</c>,
/// the host scope, and Rhai's keyword functions (<c>print</c>, <c>type_of</c>, <c>Fn</c>, …).
/// </summary>
internal static class Builtins
{
    public static List<object?> MakeArray(object?[] items) => [.. items];

    public static SortedDictionary<string, object?> MakeMap(string[] keys, object?[] values)
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            map[keys[i]] = values[i];
        }

        return map;
    }

    public static object MakeClosure(ScriptCallable function, SharedCell[] captured) =>
        new FnPtr(function.Name, [], function, captured);

    public static string Interpolate(RunContext ctx, object?[] parts, long pos)
    {
        var length = 0L;
        var texts = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            texts[i] = parts[i] as string ?? ctx.ToDisplay(parts[i]);
            length += texts[i].Length;
        }

        ctx.CheckStringSize(length, pos);
        return string.Concat(texts);
    }

    public static object? GetThis(ThisRef? self, long pos) =>
        self is null ? throw Errors.Runtime(RuntimeErrorKind.UnboundThis, "'this' is not bound: it is only available in a method call", pos) : self.Value;

    public static void SetThis(ThisRef? self, object? value, long pos)
    {
        if (self is null)
        {
            throw Errors.Runtime(RuntimeErrorKind.UnboundThis, "'this' is not bound: it is only available in a method call", pos);
        }

        self.Value = value;
    }

    public static object? ReadScope(RunContext ctx, string name, long pos)
    {
        var scope = ctx.Scope;
        var index = scope?.IndexOf(name) ?? -1;
        if (index < 0)
        {
            throw Errors.Runtime(RuntimeErrorKind.VariableNotFound, $"Variable not found: {name}", pos);
        }

        return scope!.GetRaw(index);
    }

    public static void WriteScope(RunContext ctx, string name, object? value, long pos)
    {
        var scope = ctx.Scope;
        var index = scope?.IndexOf(name) ?? -1;
        if (index < 0)
        {
            throw Errors.Runtime(RuntimeErrorKind.VariableNotFound, $"Variable not found: {name}", pos);
        }

        if (scope!.IsConstantAt(index))
        {
            throw Errors.Runtime(RuntimeErrorKind.AssignmentToConstant, $"Cannot modify constant {name}", pos);
        }

        scope.SetRaw(index, value);
    }

    public static bool ScopeHasConstant(RunContext ctx, string name) =>
        ctx.Scope is { } scope && scope.IndexOf(name) is var i and >= 0 && scope.IsConstantAt(i);

    public static object VariableNotFound(string name, long pos) =>
        throw Errors.Runtime(RuntimeErrorKind.VariableNotFound, $"Variable not found: {name}", pos);

    /// <summary>After the main program: its top-level variables join the host scope, in declaration order.</summary>
    public static void ExportToScope(RunContext ctx, string[] names, bool[] constants, object?[] values, int count)
    {
        if (ctx.Scope is not { } scope)
        {
            return;
        }

        for (var i = 0; i < count && i < names.Length; i++)
        {
            scope.PushRaw(names[i], values[i], constants[i]);
        }
    }

    public static object? Print(RunContext ctx, object? value, long pos)
    {
        ctx.CurrentPosition = pos;
        ctx.Print(ctx.ToDisplay(value));
        return null;
    }

    public static object? Debug(RunContext ctx, object? value, long pos)
    {
        ctx.CurrentPosition = pos;
        ctx.Environment.OnDebug?.Invoke(ctx.ToDebug(value), null, Position.Unpack(pos));
        return null;
    }

    public static object TypeOf(RunContext ctx, object? value) => ctx.TypeName(value);

    public static object MakeFnPtr(RunContext ctx, object? name, long pos)
    {
        if (name is not string s)
        {
            throw Errors.MismatchType("string", ctx.TypeName(name), pos);
        }

        if (s.Length == 0 || !s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || !s.Any(char.IsAsciiLetter))
        {
            throw Errors.Runtime(RuntimeErrorKind.FunctionNotFound, $"Invalid function name: '{s}'", pos);
        }

        return new FnPtr(s);
    }

    public static object? CallFnPtrValue(RunContext ctx, object? fn, object?[] args, long pos) =>
        fn is FnPtr f
            ? Calls.CallFnPtr(ctx, f, args, null, Position.Unpack(pos))
            : throw Errors.MismatchType("Fn", ctx.TypeName(fn), pos);

    public static object Curry(RunContext ctx, object? fn, object?[] args, long pos) =>
        fn is FnPtr f ? f.WithCurried(args.Select(ValueCopy.Clone)) : throw Errors.MismatchType("Fn", ctx.TypeName(fn), pos);

    public static object IsDefFn(RunContext ctx, object? name, object? arity, long pos)
    {
        if (name is not string s || arity is not long n)
        {
            throw Errors.MismatchType("string, i64", $"{ctx.TypeName(name)}, {ctx.TypeName(arity)}", pos);
        }

        return Boxes.Bool(n is >= 0 and <= int.MaxValue && ctx.Functions.Find(s, (int)n) is not null);
    }

    public static object IsDefScopeVar(RunContext ctx, object? name) =>
        Boxes.Bool(name is string s && ctx.Scope is { } scope && scope.Contains(s));

    public static object? Throw(RunContext ctx, object? value, long pos) => throw ErrorValues.Throw(ctx, value, pos);

    public static object? Eval(RunContext ctx, object? code, bool atTopLevel, long pos)
    {
        if (code is not string script)
        {
            throw Errors.MismatchType("string", ctx.TypeName(code), pos);
        }

        var loader = ctx.Environment.Loader
            ?? throw Errors.Runtime(RuntimeErrorKind.FunctionNotFound, "eval is not available", pos);
        ctx.Scope ??= new Scope();
        var depth = atTopLevel ? 0 : 1;
        ctx.EvalDepth += depth;
        try
        {
            return loader.Eval(ctx, script, pos);
        }
        finally
        {
            ctx.EvalDepth -= depth;
        }
    }

    public static object? CallNamespaced(RunContext ctx, string[] path, string name, object?[] args, long pos)
    {
        if ((ctx.FindImport(path[0]) ?? ctx.Environment.StaticModules.GetValueOrDefault(path[0])) is not { } module)
        {
            throw Errors.Runtime(RuntimeErrorKind.ModuleNotFound, $"Module not found: {path[0]}", pos);
        }

        for (var i = 1; i < path.Length; i++)
        {
            if (!module.SubModules.TryGetValue(path[i], out module!))
            {
                throw Errors.Runtime(RuntimeErrorKind.ModuleNotFound, $"Module not found: {string.Join("::", path[..(i + 1)])}", pos);
            }
        }

        var fn = module.Resolve(name, args)
            ?? throw Errors.FunctionNotFound(ctx, string.Join("::", path) + "::" + name, args, pos);
        return Calls.InvokeNative(ctx, fn, args, pos);
    }

    public static void DefineGlobal(RunContext ctx, string name, object? value)
    {
        // Constants declared by eval'd code live in the eval's scope, not in the script's global namespace.
        if (ctx.EvalDepth == 0)
        {
            (ctx.Globals ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
        }
    }

    public static object? ReadGlobal(RunContext ctx, string name, long pos)
    {
        if (ctx.Globals is { } globals && globals.TryGetValue(name, out var value))
        {
            return value;
        }

        if (ctx.Scope is { } scope && scope.IndexOf(name) is var i and >= 0 && scope.IsConstantAt(i))
        {
            return scope.GetRaw(i);
        }

        throw Errors.Runtime(RuntimeErrorKind.VariableNotFound, $"Variable not found: global::{name}", pos);
    }

    public static object AssignToConstant(string name, long pos) =>
        throw Errors.Runtime(RuntimeErrorKind.AssignmentToConstant, $"Cannot modify constant {name}", pos);

    /// <summary>Before an element or property of a scope variable is changed: fails if the variable is a constant.</summary>
    public static void FailIfScopeConstant(RunContext ctx, string name, long pos)
    {
        if (ScopeHasConstant(ctx, name))
        {
            AssignToConstant(name, pos);
        }
    }

    public static object? ReadModuleVariable(RunContext ctx, string[] path, string name, long pos)
    {
        if ((ctx.FindImport(path[0]) ?? ctx.Environment.StaticModules.GetValueOrDefault(path[0])) is not { } module)
        {
            throw Errors.Runtime(RuntimeErrorKind.ModuleNotFound, $"Module not found: {path[0]}", pos);
        }

        for (var i = 1; i < path.Length; i++)
        {
            if (!module.SubModules.TryGetValue(path[i], out module!))
            {
                throw Errors.Runtime(RuntimeErrorKind.ModuleNotFound, $"Module not found: {string.Join("::", path[..(i + 1)])}", pos);
            }
        }

        return module.Variables.TryGetValue(name, out var value)
            ? value
            : throw Errors.Runtime(RuntimeErrorKind.VariableNotFound, $"Variable not found: {string.Join("::", path)}::{name}", pos);
    }

    /// <summary><c>import path as alias</c>: loads the module through the engine's resolver and binds it for the rest of the block.</summary>
    public static object? Import(RunContext ctx, object? path, string? alias, long pos)
    {
        if (path is not string name)
        {
            throw Errors.MismatchType("string", ctx.TypeName(path), pos);
        }

        var max = ctx.Environment.Limits.MaxModules;
        if (max > 0 && ctx.ModulesLoaded >= max)
        {
            throw Errors.Runtime(RuntimeErrorKind.TooManyModules, $"Too many modules imported (limit {max})", pos);
        }

        ctx.ModulesLoaded++;
        var resolver = ctx.Environment.ModuleResolver
            ?? throw Errors.Runtime(RuntimeErrorKind.ModuleNotFound, $"Module not found: {name}", pos);
        var position = Position.Unpack(pos);
        Module module;
        try
        {
            module = resolver.Resolve(new ModuleResolutionContext(ctx, name, position), name, position)
                ?? throw Errors.Runtime(RuntimeErrorKind.ModuleNotFound, $"Module not found: {name}", pos);
        }
        catch (ParseException e)
        {
            throw new RuntimeException(RuntimeErrorKind.InModule, $"Error in module '{name}': {e.Message}", position, e);
        }

        if (alias is not null)
        {
            ctx.PushImport(alias, module);
        }

        return null;
    }
}
