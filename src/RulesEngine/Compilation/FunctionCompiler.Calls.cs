using System.Linq.Expressions;
using RulesEngine.Runtime;
using RulesEngine.SyntaxTree;

namespace RulesEngine.Compilation;

// Calls (Rhai: func/call.rs): keyword functions, script functions bound at compile time, native functions
// resolved at run time, and method calls with `this` written back to its variable or property.
internal sealed partial class FunctionCompiler
{
    private Expression EmitCall(CallExpr e)
    {
        if (e.Namespace.IsEmpty && EmitKeywordCall(e) is { } keyword)
        {
            return keyword;
        }

        var pos = PosConst(e);
        if (!e.Namespace.IsEmpty)
        {
            var path = Expression.Constant(e.Namespace.ToArray());
            var args = Expression.NewArrayInit(typeof(object), e.Arguments.Select(Emit));
            return Call(typeof(Builtins), nameof(Builtins.CallNamespaced), _ctx, path, Expression.Constant(e.Name), args, pos);
        }

        if (_script.FindFunction(e.Name, e.Arguments.Length) is { } script)
        {
            var args = Expression.NewArrayInit(typeof(object), e.Arguments.Select(EmitOwned));
            return Call(typeof(Calls), nameof(Calls.InvokeScript), _ctx, ConstRef<ScriptCallable>(script), args,
                Expression.Constant(null, typeof(Values.SharedCell[])), Expression.Constant(null, typeof(ThisRef)), pos);
        }

        var site = new CallSite(e.Name, e.Arguments.Length, Pos(e));
        var argsVar = Expression.Variable(typeof(object[]), "args");
        var result = Expression.Variable(typeof(object), "call_result");
        var first = e.Arguments.Length > 0 && e.Arguments[0] is VariableExpr or ThisExpr ? LValueOf(e.Arguments[0]) : null;
        var parts = new List<Expression>();
        if (first is not null)
        {
            parts.AddRange(first.Setup);
        }

        parts.Add(Expression.Assign(argsVar, Expression.NewArrayInit(typeof(object),
            e.Arguments.Select((a, i) => i == 0 && first is not null ? first.Load() : Emit(a)))));
        parts.Add(Expression.Assign(result, Call(typeof(Calls), nameof(Calls.CallFunction), _ctx, ConstRef(site), argsVar,
            first?.IsConstant ?? Expression.Constant(false))));
        if (first is not null)
        {
            // A mutating function called as f(x, …) changes x, as in Rhai.
            parts.Add(Expression.IfThen(Expression.Not(first.IsConstant),
                first.Store(Expression.ArrayIndex(argsVar, Expression.Constant(0)))));
        }

        parts.Add(result);
        return Expression.Block(typeof(object), first is null ? [argsVar, result] : [.. first.Temps, argsVar, result], parts);
    }

    private Expression EmitMethodCall(MethodCallExpr e)
    {
        if (e.Arguments.Length == 0 && e.Name is "type_of" or "is_shared" or "to_string" or "to_debug" && !e.IsNullSafe)
        {
            switch (e.Name)
            {
                case "type_of":
                    return Call(typeof(Builtins), nameof(Builtins.TypeOf), _ctx, Emit(e.Target));
                case "is_shared":
                    return Const(e.Target is VariableExpr v && Resolve(v.Name) is { IsCell: true });
            }
        }

        var site = new CallSite(e.Name, e.Arguments.Length + 1, Pos(e));
        var target = LValueOf(e.Target);
        var argsVar = Expression.Variable(typeof(object[]), "args");
        var result = Expression.Variable(typeof(object), "call_result");
        var parts = new List<Expression>();
        var temps = new List<ParameterExpression> { argsVar, result };
        Expression targetValue;
        if (target is not null)
        {
            temps.AddRange(target.Temps);
            parts.AddRange(target.Setup);
            targetValue = target.Load();
        }
        else
        {
            var t = Expression.Variable(typeof(object), "target");
            temps.Add(t);
            parts.Add(Expression.Assign(t, Emit(e.Target)));
            targetValue = t;
        }

        var call = new List<Expression>
        {
            Expression.Assign(argsVar, Expression.NewArrayInit(typeof(object), e.Arguments.Select(Emit).Prepend(targetValue))),
            Expression.Assign(result, Call(typeof(Calls), nameof(Calls.CallMethod), _ctx, ConstRef(site), argsVar,
                target?.IsConstant ?? Expression.Constant(false))),
        };
        if (target is not null)
        {
            call.Add(Expression.IfThen(Expression.Not(target.IsConstant), target.Store(Expression.ArrayIndex(argsVar, Expression.Constant(0)))));
        }

        if (e.IsNullSafe)
        {
            var check = Expression.Variable(typeof(object), "receiver");
            temps.Add(check);
            parts.Add(Expression.Assign(check, targetValue));
            parts.Add(Expression.Assign(result, Null));
            parts.Add(Expression.IfThen(Expression.NotEqual(check, Null), Expression.Block(call)));
        }
        else
        {
            parts.AddRange(call);
        }

        parts.Add(result);
        return Expression.Block(typeof(object), temps, parts);
    }

    private Expression? EmitKeywordCall(CallExpr e)
    {
        var args = e.Arguments;
        var pos = PosConst(e);
        switch (e.Name, args.Length)
        {
            case ("print", 1):
                return Call(typeof(Builtins), nameof(Builtins.Print), _ctx, Emit(args[0]), pos);
            case ("debug", 1):
                return Call(typeof(Builtins), nameof(Builtins.Debug), _ctx, Emit(args[0]), pos);
            case ("type_of", 1):
                return Call(typeof(Builtins), nameof(Builtins.TypeOf), _ctx, Emit(args[0]));
            case ("Fn", 1):
                return Call(typeof(Builtins), nameof(Builtins.MakeFnPtr), _ctx, Emit(args[0]), pos);
            case ("call", >= 1):
                return Call(typeof(Builtins), nameof(Builtins.CallFnPtrValue), _ctx, Emit(args[0]),
                    Expression.NewArrayInit(typeof(object), args.Skip(1).Select(EmitOwned)), pos);
            case ("curry", >= 1):
                return Call(typeof(Builtins), nameof(Builtins.Curry), _ctx, Emit(args[0]),
                    Expression.NewArrayInit(typeof(object), args.Skip(1).Select(EmitOwned)), pos);
            case ("is_def_fn", 2):
                return Call(typeof(Builtins), nameof(Builtins.IsDefFn), _ctx, Emit(args[0]), Emit(args[1]), pos);
            case ("is_def_var", 1):
                if (args[0] is LiteralExpr { Value: string name } && Resolve(name) is not null)
                {
                    return Const(true);
                }

                return Call(typeof(Builtins), nameof(Builtins.IsDefScopeVar), _ctx, Emit(args[0]));
            case ("is_shared", 1):
                return Const(args[0] is VariableExpr v && Resolve(v.Name) is { IsCell: true });
            case ("eval", 1):
                return Call(typeof(Builtins), nameof(Builtins.Eval), _ctx, Emit(args[0]), pos);
            default:
                return null;
        }
    }
}
