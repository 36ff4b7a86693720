using System.Linq.Expressions;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;
using RhaiSharp.Values;

namespace RhaiSharp.Compilation;

// Expressions (Rhai: eval/expr.rs, func/builtin.rs).
internal sealed partial class FunctionCompiler
{
    private Expression Emit(Expr expr)
    {
        EnterNode(expr);
        try
        {
            return AsObject(EmitNode(expr));
        }
        finally
        {
            _depth--;
        }
    }

    private Expression EmitNode(Expr expr)
    {
        if (expr is BinaryExpr or UnaryExpr)
        {
            if (IsInt(expr))
            {
                return Call(typeof(Boxes), nameof(Boxes.Int), EmitInt(expr));
            }

            if (TryEmitIntComparison(expr) is { } comparison)
            {
                return Call(typeof(Boxes), nameof(Boxes.Bool), comparison);
            }
        }

        return expr switch
        {
            LiteralExpr e => Const(e.Value),
            InterpolatedStringExpr e => Call(typeof(Builtins), nameof(Builtins.Interpolate), _ctx,
                Expression.NewArrayInit(typeof(object), e.Parts.Select(Emit)), PosConst(e)),
            ArrayExpr e => Call(typeof(DataSize), nameof(DataSize.Check), _ctx, Call(typeof(Builtins), nameof(Builtins.MakeArray),
                Expression.NewArrayInit(typeof(object), e.Items.Select(EmitOwned))), PosConst(e)),
            MapExpr e => Call(typeof(DataSize), nameof(DataSize.Check), _ctx, Call(typeof(Builtins), nameof(Builtins.MakeMap),
                Expression.Constant(e.Entries.Select(x => x.Key).ToArray()),
                Expression.NewArrayInit(typeof(object), e.Entries.Select(x => EmitOwned(x.Value)))), PosConst(e)),
            VariableExpr e => EmitVariable(e),
            ThisExpr e => Call(typeof(Builtins), nameof(Builtins.GetThis), _self, PosConst(e)),
            UnaryExpr e => EmitUnary(e),
            BinaryExpr e => EmitBinary(e),
            CallExpr e => EmitCall(e),
            MethodCallExpr e => EmitMethodCall(e),
            PropertyExpr e => EmitProperty(e),
            IndexExpr e => EmitIndex(e),
            ClosureExpr e => EmitClosure(e),
            StatementExpr e => Emit(e.Statement),
            _ => throw new InvalidOperationException($"Unknown expression {expr.Kind}"),
        };
    }

    /// <summary>
    /// A value about to be stored (in a variable, array, map or parameter): arrays, maps and blobs read from
    /// somewhere else are copied, giving Rhai's value semantics. Freshly built values need no copy.
    /// </summary>
    private Expression EmitOwned(Expr expr)
    {
        var value = Emit(expr);
        return expr is LiteralExpr or ArrayExpr or MapExpr or InterpolatedStringExpr or UnaryExpr or ClosureExpr
            || expr is BinaryExpr { Operator: not BinaryOperator.Coalesce }
            ? value
            : Call(typeof(ValueCopy), nameof(ValueCopy.Clone), value);
    }

    private Expression EmitVariable(VariableExpr e)
    {
        if (e.Namespace is ["global"])
        {
            return Call(typeof(Builtins), nameof(Builtins.ReadGlobal), _ctx, Expression.Constant(e.Name), PosConst(e));
        }

        if (!e.Namespace.IsEmpty)
        {
            return Call(typeof(Builtins), nameof(Builtins.ReadModuleVariable), _ctx, Expression.Constant(e.Namespace.ToArray()), Expression.Constant(e.Name), PosConst(e));
        }

        if (Resolve(e) is { } v)
        {
            return Load(v);
        }

        if (_script.HasName(e.Name))
        {
            // A bare function name is a function pointer.
            return Const(new FnPtr(e.Name));
        }

        if (_isMain)
        {
            return Call(typeof(Builtins), nameof(Builtins.ReadScope), _ctx, Expression.Constant(e.Name), PosConst(e));
        }

        return Call(typeof(Builtins), nameof(Builtins.VariableNotFound), Expression.Constant(e.Name), PosConst(e));
    }

    private Expression EmitUnary(UnaryExpr e)
    {
        var operand = Emit(e.Operand);
        var name = e.Operator switch
        {
            UnaryOperator.Negate => nameof(Ops.Negate),
            UnaryOperator.Plus => nameof(Ops.Plus),
            _ => nameof(Ops.Not),
        };
        return Call(name, _ctx, operand, PosConst(e));
    }

    private Expression EmitBinary(BinaryExpr e)
    {
        switch (e.Operator)
        {
            case BinaryOperator.AndAlso:
            case BinaryOperator.OrElse:
                return EmitLogicalChain(e);
            case BinaryOperator.Coalesce:
                return EmitCoalesceChain(e);
        }

        // Left-deep chains (a + b + c …) are emitted as a flat sequence on one temporary: depth 2, whatever the length.
        var chain = new List<BinaryExpr>();
        Expr current = e;
        while (current is BinaryExpr b && b.Operator is not (BinaryOperator.AndAlso or BinaryOperator.OrElse or BinaryOperator.Coalesce))
        {
            chain.Add(b);
            current = b.Left;
        }

        if (chain.Count == 1)
        {
            return EmitBinaryOp(e.Operator, Emit(e.Left), Emit(e.Right), e);
        }

        var temp = Expression.Variable(typeof(object), "chain");
        var steps = new List<Expression> { Expression.Assign(temp, Emit(current)) };
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            steps.Add(Expression.Assign(temp, EmitBinaryOp(chain[i].Operator, temp, Emit(chain[i].Right), chain[i])));
        }

        steps.Add(temp);
        return Expression.Block(typeof(object), [temp], steps);
    }

    private Expression EmitBinaryOp(BinaryOperator op, Expression left, Expression right, BinaryExpr node)
    {
        var pos = PosConst(node);
        if (op is BinaryOperator.Range or BinaryOperator.RangeInclusive)
        {
            return Call(nameof(Ops.MakeRange), left, right, Expression.Constant(op == BinaryOperator.RangeInclusive), pos);
        }

        return Expression.Call(OperatorTable.Generic(op).Method, _ctx, left, right, pos);
    }

    /// <summary><c>a &amp;&amp; b &amp;&amp; c</c>: flat gotos; operands must be bool (Rhai errors otherwise).</summary>
    private Expression EmitLogicalChain(BinaryExpr e)
    {
        var op = e.Operator;
        var operands = new List<Expr>();
        Expr current = e;
        while (current is BinaryExpr b && b.Operator == op)
        {
            operands.Add(b.Right);
            current = b.Left;
        }

        operands.Add(current);
        operands.Reverse();
        var result = Expression.Variable(typeof(bool), "logic");
        var end = Expression.Label("logic_end");
        var steps = new List<Expression>();
        foreach (var operand in operands)
        {
            steps.Add(Expression.Assign(result, Truthy(operand)));
            steps.Add(Expression.IfThen(op == BinaryOperator.AndAlso ? Expression.Not(result) : result, Expression.Goto(end)));
        }

        steps.Add(Expression.Label(end));
        steps.Add(Call(typeof(Boxes), nameof(Boxes.Bool), result));
        return Expression.Block(typeof(object), [result], steps);
    }

    private Expression EmitCoalesceChain(BinaryExpr e)
    {
        var operands = new List<Expr>();
        Expr current = e;
        while (current is BinaryExpr { Operator: BinaryOperator.Coalesce } b)
        {
            operands.Add(b.Right);
            current = b.Left;
        }

        operands.Add(current);
        operands.Reverse();
        var result = Expression.Variable(typeof(object), "coalesce");
        var end = Expression.Label("coalesce_end");
        var steps = new List<Expression>();
        foreach (var operand in operands)
        {
            steps.Add(Expression.Assign(result, Emit(operand)));
            steps.Add(Expression.IfThen(Expression.NotEqual(result, Null), Expression.Goto(end)));
        }

        steps.Add(Expression.Label(end));
        steps.Add(result);
        return Expression.Block(typeof(object), [result], steps);
    }

    /// <summary>Rhai's <c>?.</c> short-circuits the rest of the chain: <c>a?.b.c</c> is <c>()</c> when a is.</summary>
    private static bool HasNullSafeLink(Expr target)
    {
        DepthGuard.EnterSyntax(target.Position);
        while (true)
        {
            switch (target)
            {
                case PropertyExpr p:
                    if (p.IsNullSafe)
                    {
                        return true;
                    }

                    target = p.Target;
                    continue;
                case IndexExpr i:
                    if (i.IsNullSafe)
                    {
                        return true;
                    }

                    target = i.Target;
                    continue;
                case MethodCallExpr m:
                    if (m.IsNullSafe)
                    {
                        return true;
                    }

                    target = m.Target;
                    continue;
                default:
                    return false;
            }
        }
    }

    private Expression EmitProperty(PropertyExpr e)
    {
        var target = Emit(e.Target);
        if (!e.IsNullSafe && !HasNullSafeLink(e.Target))
        {
            return Call(typeof(Indexing), nameof(Indexing.GetProperty), _ctx, target, Expression.Constant(e.Name), PosConst(e));
        }

        var t = Expression.Variable(typeof(object), "target");
        return Expression.Block(typeof(object), [t],
            Expression.Assign(t, target),
            Expression.Condition(Expression.Equal(t, Null), Null,
                Call(typeof(Indexing), nameof(Indexing.GetProperty), _ctx, t, Expression.Constant(e.Name), PosConst(e))));
    }

    private Expression EmitIndex(IndexExpr e)
    {
        var target = Emit(e.Target);
        if (!e.IsNullSafe && !HasNullSafeLink(e.Target) && IsInt(e.Index))
        {
            return Call(typeof(Indexing), nameof(Indexing.GetIndexInt), _ctx, target, EmitInt(e.Index), PosConst(e));
        }

        if (!e.IsNullSafe && !HasNullSafeLink(e.Target))
        {
            return Call(typeof(Indexing), nameof(Indexing.GetIndex), _ctx, target, Emit(e.Index), PosConst(e));
        }

        var t = Expression.Variable(typeof(object), "target");
        return Expression.Block(typeof(object), [t],
            Expression.Assign(t, target),
            Expression.Condition(Expression.Equal(t, Null), Null,
                Call(typeof(Indexing), nameof(Indexing.GetIndex), _ctx, t, Emit(e.Index), PosConst(e))));
    }

    private Expression EmitClosure(ClosureExpr e)
    {
        // Only names that are variables here are captured; others stay free inside the closure.
        var captured = (_analysis.ClosureCaptureKeys.TryGetValue(e, out var keys) ? keys : [])
            .Select(c => (c.Name, Variable: Resolve(c.Key, c.Name)))
            .Where(c => c.Variable is { IsCell: true })
            .ToArray();
        var function = new ScriptFunction(_script, e.Function, [.. captured.Select(c => c.Name)]);
        var cells = Expression.NewArrayInit(typeof(SharedCell), captured.Select(c => CellOf(c.Variable!)));
        return Call(typeof(Builtins), nameof(Builtins.MakeClosure), ConstRef<ScriptCallable>(function), cells);
    }
}
