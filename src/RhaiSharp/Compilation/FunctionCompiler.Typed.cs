using System.Linq.Expressions;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;
using RhaiSharp.Values;

namespace RhaiSharp.Compilation;

// Typed lowering for expressions proved to be INT (see TypeInference): unboxed long arithmetic with inlined
// overflow checks, unboxed comparisons in conditions, and counted loops over INT ranges.
internal sealed partial class FunctionCompiler
{
    private bool IsInt(Expr e) => _types.IsInt(e, _types.IntLocals);

    private static bool IsComparison(BinaryOperator op) => OperatorTable.IsComparison(op);

    /// <summary>An INT comparison as an unboxed bool, or null when the operands are not both provably INT.</summary>
    private Expression? TryEmitIntComparison(Expr e)
    {
        DepthGuard.EnterSyntax(e.Position);
        if (e is not BinaryExpr b || !IsComparison(b.Operator) || !IsInt(b.Left) || !IsInt(b.Right))
        {
            return null;
        }

        return TypedOperators.Int(b.Operator, EmitInt(b.Left), EmitInt(b.Right), PosConst(b));
    }

    /// <summary>Emits a provably-INT expression as a <see cref="long"/>.</summary>
    private Expression EmitInt(Expr e)
    {
        DepthGuard.EnterSyntax(e.Position);
        switch (e)
        {
            case LiteralExpr { Value: long l }:
                return Expression.Constant(l);
            case VariableExpr v when Resolve(v) is { IsInt: true } variable:
                return variable.Storage!;
            case UnaryExpr { Operator: UnaryOperator.Plus } u:
                return EmitInt(u.Operand);
            case UnaryExpr { Operator: UnaryOperator.Negate } u:
                return Call(typeof(IntOps), nameof(IntOps.Negate), EmitInt(u.Operand), PosConst(u));
            case StatementExpr { Statement: BlockStmt { Statements: [ExprStmt single] } }:
                return EmitInt(single.Expression);
            case BinaryExpr b when TypeInference.IsIntOperator(b.Operator):
                {
                    // Flatten left-deep chains onto one temporary, as for boxed chains.
                    var chain = new List<BinaryExpr>();
                    Expr current = b;
                    while (current is BinaryExpr link && TypeInference.IsIntOperator(link.Operator))
                    {
                        chain.Add(link);
                        current = link.Left;
                    }

                    if (chain.Count == 1)
                    {
                        return IntOperation(b, EmitInt(b.Left), EmitInt(b.Right));
                    }

                    var temp = Expression.Variable(typeof(long), "int_chain");
                    var steps = new List<Expression> { Expression.Assign(temp, EmitInt(current)) };
                    for (var i = chain.Count - 1; i >= 0; i--)
                    {
                        steps.Add(Expression.Assign(temp, IntOperation(chain[i], temp, EmitInt(chain[i].Right))));
                    }

                    steps.Add(temp);
                    return Expression.Block(typeof(long), [temp], steps);
                }

            case CallExpr c when _types.IsIntCall(c, _types.IntLocals) && _script.FindFunction(c.Name, c.Arguments.Length) is { } function:
                return EmitIntCall(c, function);
            default:
                // Not provable after all (e.g. the compiler resolved a name differently): unbox with a type check.
                return Call(typeof(IntOps), nameof(IntOps.Unbox), Emit(e), PosConst(e));
        }
    }

    /// <summary>A call through the callee's typed entry (<see cref="ScriptFunction.IntEntry"/>): one delegate call.</summary>
    private Expression EmitIntCall(CallExpr call, ScriptFunction function)
    {
        if (_inlinableSelf is { } self && ReferenceEquals(self.Function, function) && !_inliningSelf)
        {
            return EmitInlinedSelfCall(call, self.Function, self.Parameters);
        }

        var entryType = IntEntryType(call.Arguments.Length);
        var entry = Expression.Convert(Expression.Call(ConstRef(function), typeof(ScriptFunction).GetMethod(nameof(ScriptFunction.IntEntry))!), entryType);
        return Expression.Invoke(entry, [_ctx, .. call.Arguments.Select(EmitInt), PosConst(call)]);
    }

    /// <summary>
    /// A typed entry's call to itself, with the callee's body emitted in place (<see cref="EmitTypedCall"/>): the same
    /// steps as the entry's own without the delegate call. The body sees only its own parameters and locals, and its
    /// <c>return</c>s end the inlined call, not the caller.
    /// </summary>
    private Expression EmitInlinedSelfCall(CallExpr call, ScriptFunction function, List<DeclarationKey> parameterKeys)
    {
        // Arguments are evaluated in the caller's scope, before the call is entered.
        var arguments = call.Arguments.Select(_ => Expression.Variable(typeof(long), "inlined_argument")).ToArray();
        var parts = call.Arguments.Select((argument, i) => (Expression)Expression.Assign(arguments[i], EmitInt(argument))).ToList();

        var callerStorage = _storage;
        var callerDepth = _blockDepth;
        var callerResult = _intResult;
        var callerReturn = _returnLabel;
        _storage = new Dictionary<DeclarationKey, Variable>(callerStorage);
        _blockDepth = 0;
        _intResult = Expression.Variable(typeof(long), "inlined_result");
        _returnLabel = Expression.Label("inlined_return");
        _inliningSelf = true;
        try
        {
            parts.Add(EmitTypedCall(function, parameterKeys, arguments, PosConst(call)));
            return Expression.Block(typeof(long), arguments, parts);
        }
        finally
        {
            _storage = callerStorage;
            _blockDepth = callerDepth;
            _intResult = callerResult;
            _returnLabel = callerReturn;
            _inliningSelf = false;
        }
    }

    /// <summary>
    /// The value of a typed entry's body as a <see cref="long"/>: the last statement's value, with <c>if</c>/<c>else</c>
    /// as a conditional; shapes not handled here are emitted boxed and unboxed (the analysis proved them INTs).
    /// </summary>
    private Expression EmitIntBlockValue(IReadOnlyList<Stmt> statements)
    {
        var parts = new List<Expression>(statements.Count);
        for (var i = 0; i < statements.Count - 1; i++)
        {
            parts.Add(Emit(statements[i]));
        }

        parts.Add(EmitIntStatementValue(statements[^1]));
        return Expression.Block(typeof(long), parts);
    }

    private Expression EmitIntStatementValue(Stmt statement)
    {
        DepthGuard.EnterSyntax(statement.Position);
        EnterNode(statement);
        try
        {
            switch (statement)
            {
                case ExprStmt { Expression: StatementExpr inner }:
                    return EmitIntStatementValue(inner.Statement);
                case ExprStmt e:
                    return EmitInt(e.Expression);
                case IfStmt { Else: { } otherwise } i when IsPlainBlock(i.Then) && (otherwise is not BlockStmt b || IsPlainBlock(b)) && _depth < MaxEmitDepth / 2:
                    return Expression.Condition(Truthy(i.Condition), EmitIntScoped(i.Then), EmitIntStatementValue(otherwise));
                case BlockStmt b when IsPlainBlock(b):
                    return EmitIntScoped(b);
                default:
                    return Call(typeof(IntOps), nameof(IntOps.Unbox), Emit(statement), PosConst(statement));
            }
        }
        finally
        {
            _depth--;
        }
    }

    // A block that declares nothing and imports nothing needs no scope bookkeeping beyond the compiler's own.
    private static bool IsPlainBlock(BlockStmt block) => block.Statements.Length > 0 && !block.Statements.Any(s => s is LetStmt or ImportStmt);

    private Expression EmitIntScoped(BlockStmt block)
    {
        PushScope();
        var value = EmitIntBlockValue(block.Statements);
        PopScope();
        return value;
    }

    private Expression IntOperation(BinaryExpr node, Expression left, Expression right)
    {
        var pos = PosConst(node);
        return node.Operator switch
        {
            BinaryOperator.Add when right is ConstantExpression => Expression.Call(typeof(IntOps), nameof(IntOps.AddConstant), null, left, right, pos),
            BinaryOperator.Subtract when right is ConstantExpression => Expression.Call(typeof(IntOps), nameof(IntOps.SubtractConstant), null, left, right, pos),
            BinaryOperator.Add when IsNonNegative(right) => Expression.Call(typeof(IntOps), nameof(IntOps.AddNonNegative), null, left, right, pos),
            BinaryOperator.Add when IsNonNegative(left) => Expression.Call(typeof(IntOps), nameof(IntOps.AddToNonNegative), null, left, right, pos),
            BinaryOperator.Subtract when IsNonNegative(right) => Expression.Call(typeof(IntOps), nameof(IntOps.SubtractNonNegative), null, left, right, pos),
            _ => TypedOperators.Int(node.Operator, left, right, pos)
                ?? throw new InvalidOperationException($"{node.Operator} is not an INT operator"),
        };
    }

    private bool IsNonNegative(Expression operand) => operand is ParameterExpression p && _nonNegative.Contains(p);

    /// <summary>
    /// True when running the statement can never count an operation by itself: no calls of any kind (a native function
    /// may call back into script), no nested loops, only INT arithmetic and comparisons on locals. A loop with such a
    /// body may prepay its iterations in batches; a body that ticks would run into the prepaid part and stop early.
    /// </summary>
    private bool CannotTick(Stmt statement) => DepthGuard.HasRoom() && statement switch
    {
        BlockStmt b => b.Statements.All(CannotTick),
        ExprStmt { Expression: var e } => CannotTick(e),
        LetStmt { Value: var value } => value is null || (IsInt(value) && CannotTick(value)),
        AssignStmt { Target: VariableExpr { Namespace.IsEmpty: true } target } a =>
            IsInt(a.Value) && CannotTick(a.Value) && (a.Operator is not { } op || (TypeInference.IsIntOperator(op) && IsInt(target))),
        IfStmt i => i.Condition is BinaryExpr { Operator: var op } c && IsComparison(op) && IsInt(c.Left) && IsInt(c.Right)
            && CannotTick(c) && CannotTick(i.Then) && (i.Else is null || CannotTick(i.Else)),
        BreakStmt { Value: null } or ContinueStmt => true,
        _ => false,
    };

    private bool CannotTick(Expr expression)
    {
        DepthGuard.EnterSyntax(expression.Position);
        // Left-deep operator chains are walked iteratively (they can be thousands of terms long).
        while (true)
        {
            switch (expression)
            {
                case LiteralExpr or VariableExpr { Namespace.IsEmpty: true }:
                    return true;
                case UnaryExpr u when IsInt(u):
                    expression = u.Operand;
                    continue;
                case BinaryExpr b when (TypeInference.IsIntOperator(b.Operator) || IsComparison(b.Operator)) && IsInt(b.Left) && IsInt(b.Right):
                    if (!CannotTick(b.Right))
                    {
                        return false;
                    }

                    expression = b.Left;
                    continue;
                case StatementExpr { Statement: BlockStmt { Statements: [ExprStmt single] } }:
                    expression = single.Expression;
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// <c>for x in a..b</c> over a range literal: a counted <see cref="long"/> loop, no enumerator and no boxing
    /// of the counter when the loop variable is an INT local.
    /// </summary>
    /// <remarks>
    /// Each iteration is one tick, charged after it runs. When the body cannot tick by itself (<see cref="CannotTick(Stmt)"/>),
    /// the loop charges its iterations afterwards in batches: it runs until the value where the next checkpoint falls
    /// (<see cref="RunContext.LastIterationBeforeCheck"/>) and keeps <c>last</c> = the smaller of that and the range's
    /// last value, so an iteration tests one bound; only past it does the loop see which of the two ran out. A batch
    /// is charged when it ends and when the loop ends; an error inside one leaves it uncharged (it could only be an
    /// arithmetic error, and a count that is low by part of a batch never stops a script early). Other bodies are
    /// charged every iteration.
    /// </remarks>
    private Expression? TryEmitRangeFor(ForStmt s, LoopContext loop)
    {
        if (s.Iterable is not BinaryExpr { Operator: BinaryOperator.Range or BinaryOperator.RangeInclusive } range)
        {
            return null;
        }

        var inclusive = range.Operator == BinaryOperator.RangeInclusive;
        var batched = CannotTick(s.Body);
        var current = Expression.Variable(typeof(long), "range_current");
        var end = Expression.Variable(typeof(long), "range_end");
        var counter = Expression.Variable(typeof(long), "for_counter");
        var chargedUntil = Expression.Variable(typeof(long), "ticks_charged_until");
        var checkAfter = Expression.Variable(typeof(long), "check_after");
        var last = Expression.Variable(typeof(long), "run_until");
        var top = Expression.Label("range_top");
        var done = Expression.Label("range_done");
        var position = PosConst(s);
        var charge = typeof(RunContext).GetMethod(nameof(RunContext.ChargeIterations))!;
        Expression PastEnd() => inclusive ? Expression.GreaterThan(current, end) : Expression.GreaterThanOrEqual(current, end);

        var parts = new List<Expression>
        {
            Expression.Assign(loop.Result, Null),
            Expression.Assign(current, IsInt(range.Left) ? EmitInt(range.Left) : Call(typeof(IntOps), nameof(IntOps.Bound), Emit(range.Left), PosConst(range))),
            Expression.Assign(end, IsInt(range.Right) ? EmitInt(range.Right) : Call(typeof(IntOps), nameof(IntOps.Bound), Emit(range.Right), PosConst(range))),
            Expression.Assign(counter, Expression.Constant(0L)),

            // Iterations from chargedUntil on are not charged yet; the first runs before anything is looked at.
            Expression.Assign(chargedUntil, current),
            Expression.Assign(checkAfter, current),
            Expression.Assign(last, current),
            Expression.IfThen(PastEnd(), Expression.Goto(done)),
        };

        PushScope();
        var item = Declare(s.Variable, DeclarationKey.ItemOf(s), isConstant: false);
        var index = s.CounterVariable is null ? null : Declare(s.CounterVariable, DeclarationKey.CounterOf(s), isConstant: false);
        if (item.IsCell)
        {
            parts.Add(Store(item, Null, initialize: true));
        }

        if (index is { IsCell: true })
        {
            parts.Add(Store(index, Null, initialize: true));
        }

        parts.Add(Expression.Label(top));
        parts.Add(Expression.IfThen(
            Expression.GreaterThan(current, last),
            Expression.Block(
                Expression.IfThen(
                    Expression.GreaterThan(current, checkAfter),
                    Expression.Block(
                        Expression.Call(_ctx, charge, position, Expression.Subtract(current, chargedUntil)),
                        Expression.Assign(chargedUntil, current),
                        Expression.Assign(checkAfter, batched
                            ? Expression.Call(_ctx, typeof(RunContext).GetMethod(nameof(RunContext.LastIterationBeforeCheck))!, current)
                            : current))),
                Expression.IfThen(PastEnd(), Expression.Goto(loop.Break)),

                // The range has not ended here, so `end - 1` of an exclusive range cannot underflow.
                Expression.Assign(last, Expression.Call(typeof(Math), nameof(Math.Min), null, checkAfter, inclusive ? end : Expression.Decrement(end))))));
        parts.Add(Store(item, item.IsInt ? current : Call(typeof(Boxes), nameof(Boxes.Int), current)));
        if (index is not null)
        {
            parts.Add(Store(index, index.IsInt ? counter : Call(typeof(Boxes), nameof(Boxes.Int), counter)));
        }

        parts.Add(EmitLoopBody(s.Body, loop));
        parts.Add(Expression.Label(loop.Continue));

        // The last value of an inclusive range may be long.MaxValue: stop before stepping past it, charging the
        // iteration the step would have. (In an exclusive range the current value is below the end, so the increment
        // cannot overflow.)
        if (inclusive)
        {
            parts.Add(Expression.IfThen(
                Expression.Equal(current, end),
                Expression.Block(
                    Expression.Call(_ctx, charge, position, Expression.Increment(Expression.Subtract(current, chargedUntil))),
                    Expression.Goto(done))));
        }

        parts.Add(Expression.PreIncrementAssign(current));
        if (index is not null)
        {
            parts.Add(Expression.PreIncrementAssign(counter));
        }

        parts.Add(Expression.Goto(top));

        // Leaving at the end or by `break`: the iterations before the current one are not charged yet.
        parts.Add(Expression.Label(loop.Break));
        parts.Add(Expression.Call(_ctx, charge, position, Expression.Subtract(current, chargedUntil)));
        parts.Add(Expression.Label(done));
        parts.Add(loop.Result);
        PopScope();
        return Expression.Block(typeof(object), [loop.Result, current, end, counter, chargedUntil, checkAfter, last], parts);
    }
}
