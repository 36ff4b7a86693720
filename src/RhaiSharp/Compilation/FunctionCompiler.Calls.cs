using System.Linq.Expressions;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

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
            // Arguments go through temporaries so each is evaluated on an empty IL stack (blocks may contain try).
            var scriptTemps = new List<ParameterExpression>();
            var scriptParts = new List<Expression>();
            var scriptArgs = EvaluateArguments(e.Arguments, 0, scriptTemps, scriptParts)
                .Select(v => (Expression)Expression.Call(typeof(Values.ValueCopy), nameof(Values.ValueCopy.Clone), null, v));
            scriptParts.Add(Call(typeof(Calls), nameof(Calls.InvokeScript), _ctx, ConstRef<ScriptCallable>(script),
                e.Arguments.Length == 0 ? ConstRef(Array.Empty<object?>()) : Expression.NewArrayInit(typeof(object), scriptArgs),
                Expression.Constant(null, typeof(Values.SharedCell[])), Expression.Constant(null, typeof(ThisRef)), pos));
            return Expression.Block(typeof(object), scriptTemps, scriptParts);
        }

        var site = new CallSite(e.Name, e.Arguments.Length, Pos(e));
        var argsVar = Expression.Variable(typeof(object[]), "args");
        var result = Expression.Variable(typeof(object), "call_result");

        // Rhai passes a plain variable as the first argument by reference (a mutating function changes it), except
        // a constant or a value shared with a closure, which the function only sees a copy of.
        var first = e.Arguments.Length > 0 && e.Arguments[0] is VariableExpr or ThisExpr ? LValueOf(e.Arguments[0]) : null;
        var firstIsConstant = first?.IsConstant ?? Expression.Constant(false);
        if (e.Arguments.Length > 0 && e.Arguments[0] is VariableExpr fv && Resolve(fv) is { IsCell: true })
        {
            firstIsConstant = Expression.Constant(true);
        }

        var temps = new List<ParameterExpression> { argsVar, result };
        var parts = new List<Expression>();
        var values = EvaluateArguments(e.Arguments, first is null ? 0 : 1, temps, parts);
        if (first is not null)
        {
            // The receiver is read after the other arguments, which may have changed it.
            temps.AddRange(first.Temps);
            parts.AddRange(first.Setup);
            values.Insert(0, first.Load());
        }

        parts.Add(Expression.Assign(argsVar, Expression.NewArrayInit(typeof(object), values)));
        parts.Add(Expression.Assign(result, Call(typeof(Calls), nameof(Calls.CallFunction), _ctx, ConstRef(site), argsVar, firstIsConstant,
            Expression.Constant(first?.IsNamespaced ?? false))));
        if (first is not null)
        {
            parts.Add(Expression.IfThen(Expression.Not(firstIsConstant),
                first.Store(Expression.ArrayIndex(argsVar, Expression.Constant(0)))));
        }

        parts.Add(result);
        return Expression.Block(typeof(object), temps, parts);
    }

    /// <summary>Evaluates arguments from <paramref name="start"/> into temporaries, in order.</summary>
    private List<Expression> EvaluateArguments(IReadOnlyList<Expr> arguments, int start, List<ParameterExpression> temps, List<Expression> parts)
    {
        var values = new List<Expression>();
        for (var i = start; i < arguments.Count; i++)
        {
            if (arguments[i] is LiteralExpr or VariableExpr)
            {
                values.Add(Emit(arguments[i]));
                continue;
            }

            var temp = Expression.Variable(typeof(object), "arg");
            temps.Add(temp);
            parts.Add(Expression.Assign(temp, Emit(arguments[i])));
            values.Add(temp);
        }

        return values;
    }

    private Expression EmitMethodCall(MethodCallExpr e)
    {
        var nullSafe = e.IsNullSafe || HasNullSafeLink(e.Target);
        if (e.Arguments.Length == 0 && e.Name is "type_of" or "is_shared" && !nullSafe)
        {
            switch (e.Name)
            {
                case "type_of":
                    return Call(typeof(Builtins), nameof(Builtins.TypeOf), _ctx, Emit(e.Target));
                case "is_shared":
                    return Const(e.Target is VariableExpr v && Resolve(v) is { IsCell: true });
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
            var args = EvaluateArguments(e.Arguments, 0, temps, parts);
            targetValue = target.Load();
            return FinishMethodCall(e, site, target, targetValue, args, temps, parts, argsVar, result, nullSafe);
        }
        else
        {
            var t = Expression.Variable(typeof(object), "target");
            temps.Add(t);
            parts.Add(Expression.Assign(t, Emit(e.Target)));
            targetValue = t;
        }

        return FinishMethodCall(e, site, null, targetValue, EvaluateArguments(e.Arguments, 0, temps, parts), temps, parts, argsVar, result, nullSafe);
    }

    private Expression FinishMethodCall(MethodCallExpr e, CallSite site, LValue? target, Expression targetValue, List<Expression> args,
        List<ParameterExpression> temps, List<Expression> parts, ParameterExpression argsVar, ParameterExpression result, bool nullSafe)
    {
        if (e.Name == "type_of" && e.Arguments.Length == 0)
        {
            args = [];
        }

        var call = new List<Expression>
        {
            Expression.Assign(argsVar, Expression.NewArrayInit(typeof(object), args.Prepend(targetValue))),
            Expression.Assign(result, Call(typeof(Calls), nameof(Calls.CallMethod), _ctx, ConstRef(site), argsVar,
                target?.IsConstant ?? Expression.Constant(false))),
        };
        if (target is not null)
        {
            call.Add(Expression.IfThen(Expression.Not(target.IsConstant), target.Store(Expression.ArrayIndex(argsVar, Expression.Constant(0)))));
        }

        if (e.Name == "type_of" && e.Arguments.Length == 0)
        {
            call = [Expression.Assign(result, Call(typeof(Builtins), nameof(Builtins.TypeOf), _ctx, targetValue))];
        }

        if (nullSafe)
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
                if (_analysis.DefinedHere.TryGetValue(e, out var defined) && defined)
                {
                    return Const(true);
                }

                return Call(typeof(Builtins), nameof(Builtins.IsDefScopeVar), _ctx, Emit(args[0]));
            case ("is_shared", 1):
                return Const(args[0] is VariableExpr v && Resolve(v) is { IsCell: true });
            case ("eval", 1):
                return Call(typeof(Builtins), nameof(Builtins.Eval), _ctx, Emit(args[0]), Expression.Constant(_isMain && AtTopLevel), pos);
            default:
                return null;
        }
    }
}
