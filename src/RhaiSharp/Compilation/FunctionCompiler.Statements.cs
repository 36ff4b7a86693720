using System.Linq.Expressions;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;
using RhaiSharp.Values;

namespace RhaiSharp.Compilation;

// Statements (Rhai: eval/stmt.rs). Each statement lowers to an object-typed expression: its value.
internal sealed partial class FunctionCompiler
{
    private Expression EmitStatements(IReadOnlyList<Stmt> statements, bool topLevel)
    {
        if (statements.Count == 0)
        {
            return Null;
        }

        var list = new List<Expression>(statements.Count);
        foreach (var s in statements)
        {
            var emitted = Emit(s);
            if (topLevel && s is LetStmt let && _topLevelCount is not null)
            {
                // Count top-level variables as they are declared: the host scope receives those declared so far.
                _topLevel.Add(_storage[DeclarationKey.Of(let)]);
                emitted = Expression.Block(typeof(object), emitted, Expression.Assign(_topLevelCount, Expression.Constant(_topLevel.Count)), Null);
            }

            list.Add(emitted);
        }

        // The value of a block is the value of its last statement.
        if (list[^1].Type == typeof(void))
        {
            list.Add(Null);
        }
        else
        {
            list[^1] = AsObject(list[^1]);
        }

        return Expression.Block(typeof(object), list);
    }

    private Expression EmitBlock(BlockStmt block)
    {
        PushScope();
        var body = EmitStatements(block.Statements, topLevel: false);
        PopScope();
        if (block.Statements.Any(st => st is ImportStmt))
        {
            // Modules imported in the block are dropped at its end (a function's are dropped when it returns). The
            // import height is recorded on the block's first entry in this frame (the slot holds height + 1) and
            // restored on every entry too, so imports skipped past by break/continue/throw cannot pile up in a loop.
            var slot = Expression.Variable(typeof(int), "import_base");
            _locals.Add(slot);
            var height = Expression.Subtract(slot, Expression.Constant(1));
            var truncate = typeof(RunContext).GetMethod(nameof(RunContext.TruncateImports))!;
            var blockValue = Expression.Variable(typeof(object), "block_value");
            body = Expression.Block(typeof(object), [blockValue],
                Expression.IfThenElse(
                    Expression.Equal(slot, Expression.Constant(0)),
                    Expression.Assign(slot, Expression.Add(Expression.Property(_ctx, nameof(RunContext.ImportCount)), Expression.Constant(1))),
                    Expression.Call(_ctx, truncate, height)),
                Expression.Assign(blockValue, body),
                Expression.Call(_ctx, truncate, height),
                blockValue);
        }

        if (!block.Statements.Any(st => st is LetStmt))
        {
            return body;
        }

        // Variables declared in the block go out of scope at its end (MaxVariables counts live ones).
        // No try/finally: a protected region inside an expression (a call argument, say) needs an empty IL stack,
        // which FEC does not arrange. An error leaving the block ends the frame, and frames restore the count.
        var count = Expression.Field(_ctx, nameof(RunContext.VariableCount));
        var saved = Expression.Variable(typeof(int), "variables");
        var value = Expression.Variable(typeof(object), "block_value");
        return Expression.Block(typeof(object), [saved, value],
            Expression.Assign(saved, count),
            Expression.Assign(value, body),
            Expression.Assign(count, saved),
            value);
    }

    private Expression Emit(Stmt stmt)
    {
        EnterNode(stmt);
        try
        {
            return stmt switch
            {
                ExprStmt s => Emit(s.Expression),
                LetStmt s => EmitLet(s),
                AssignStmt s => EmitAssign(s),
                BlockStmt s => EmitBlock(s),
                IfStmt s => EmitIf(s),
                SwitchStmt s => EmitSwitch(s),
                WhileStmt s => EmitWhile(s),
                LoopStmt s => EmitLoop(s),
                DoStmt s => EmitDo(s),
                ForStmt s => EmitFor(s),
                BreakStmt s => EmitBreak(s),
                ContinueStmt s => EmitContinue(s),
                ReturnStmt s => EmitReturn(s),
                ThrowStmt s => EmitThrow(s),
                TryStmt s => EmitTry(s),
                ImportStmt s => EmitImport(s),
                ExportStmt => Null,
                _ => throw new InvalidOperationException($"Unknown statement {stmt.Kind}"),
            };
        }
        finally
        {
            _depth--;
        }
    }

    private Expression EmitLet(LetStmt s)
    {
        var key = DeclarationKey.Of(s);
        var value = s.Value is null ? Null
            : _types.IntLocals.Contains(key) && !_analysis.Captured.Contains(key) ? EmitInt(s.Value)
            : Call(typeof(DataSize), nameof(DataSize.Check), _ctx, EmitOwned(s.Value), PosConst(s));
        // Shadowing a visible name reuses its slot in Rhai's scope, so only new names count towards MaxVariables.
        var isNewName = !_analysis.Shadowing.Contains(s);
        var variable = Declare(s.Name, key, s.IsConstant);
        var parts = new List<Expression> { Store(variable, value, initialize: true) };
        if (isNewName)
        {
            parts.Insert(0, Expression.Call(_ctx, typeof(RunContext).GetMethod(nameof(RunContext.DeclareVariable))!, PosConst(s)));
        }

        if (s.IsConstant && _isMain && AtTopLevel)
        {
            parts.Add(Call(typeof(Builtins), nameof(Builtins.DefineGlobal), _ctx, Expression.Constant(s.Name), Load(variable)));
        }

        parts.Add(Null);
        return Expression.Block(typeof(object), parts);
    }

    private Expression EmitIf(IfStmt s)
    {
        // else-if chains are emitted flat (if c1 { …; goto end } if c2 { …; goto end } …) to keep the tree shallow.
        var end = Expression.Label("if_end");
        var result = Expression.Variable(typeof(object), "if_value");
        var parts = new List<Expression>();
        Stmt? current = s;
        while (current is IfStmt branch)
        {
            parts.Add(Expression.IfThen(
                Truthy(branch.Condition),
                Expression.Block(Expression.Assign(result, EmitBlock(branch.Then)), Expression.Goto(end))));
            current = branch.Else;
        }

        parts.Add(Expression.Assign(result, current is null ? Null : Emit(current)));
        parts.Add(Expression.Label(end));
        parts.Add(result);
        return Expression.Block(typeof(object), [result], parts);
    }

    private Expression EmitSwitch(SwitchStmt s)
    {
        var subject = Expression.Variable(typeof(object), "switch_subject");
        var result = Expression.Variable(typeof(object), "switch_value");
        var end = Expression.Label("switch_end");
        var parts = new List<Expression> { Expression.Assign(subject, Emit(s.Subject)), Expression.Assign(result, Null) };
        foreach (var c in s.Cases)
        {
            Expression? test = null;
            foreach (var pattern in c.Patterns)
            {
                var match = (Expression)Call(typeof(Ops), nameof(Ops.SwitchMatches), subject, Const(ConstantValue(pattern)));
                test = test is null ? match : Expression.OrElse(test, match);
            }

            if (c.Guard is not null)
            {
                test = Expression.AndAlso(test!, Truthy(c.Guard));
            }

            parts.Add(Expression.IfThen(test!, Expression.Block(Expression.Assign(result, Emit(c.Body)), Expression.Goto(end))));
        }

        if (s.Default is not null)
        {
            parts.Add(Expression.Assign(result, Emit(s.Default)));
        }

        parts.Add(Expression.Label(end));
        parts.Add(result);
        return Expression.Block(typeof(object), [subject, result], parts);
    }

    /// <summary>Evaluates a constant pattern (a literal, array/map of literals, or an INT range) at compile time.</summary>
    private static object? ConstantValue(Expr e) => e switch
    {
        LiteralExpr l => l.Value,
        UnaryExpr { Operator: UnaryOperator.Negate, Operand: var o } => ConstantValue(o) switch
        {
            long l => -l,
            double d => -d,
            var v => v,
        },
        UnaryExpr { Operator: UnaryOperator.Plus, Operand: var o } => ConstantValue(o),
        UnaryExpr { Operator: UnaryOperator.Not, Operand: var o } => ConstantValue(o) is bool b ? !b : null,
        ArrayExpr a => a.Items.Select(ConstantValue).ToList(),
        MapExpr m => Builtins.MakeMap([.. m.Entries.Select(x => x.Key)], [.. m.Entries.Select(x => ConstantValue(x.Value))]),
        BinaryExpr { Operator: BinaryOperator.Range or BinaryOperator.RangeInclusive } b
            when ConstantValue(b.Left) is long from && ConstantValue(b.Right) is long to
            => new ScriptRange(from, to, b.Operator == BinaryOperator.RangeInclusive),
        _ => throw new ParseException(ParseErrorKind.WrongSwitchCaseCondition, "A switch case must be a constant", e.Position),
    };

    private Expression EmitLoopBody(BlockStmt body, LoopContext loop)
    {
        _loops.Push(loop);
        try
        {
            return EmitBlock(body);
        }
        finally
        {
            _loops.Pop();
        }
    }

    private LoopContext NewLoop() =>
        new(Expression.Label("break"), Expression.Label("continue"), Expression.Variable(typeof(object), "loop_value"));

    private Expression Tick(Node node) => Expression.Call(_ctx, typeof(RunContext).GetMethod(nameof(RunContext.TickAt))!, PosConst(node));

    private Expression EmitWhile(WhileStmt s)
    {
        var loop = NewLoop();
        var top = Expression.Label("while_top");
        return Expression.Block(typeof(object), [loop.Result],
            Expression.Assign(loop.Result, Null),
            Expression.Label(top),
            Expression.IfThen(Expression.Not(Truthy(s.Condition)), Expression.Goto(loop.Break)),
            EmitLoopBody(s.Body, loop),
            Expression.Label(loop.Continue),
            Tick(s),
            Expression.Goto(top),
            Expression.Label(loop.Break),
            loop.Result);
    }

    private Expression EmitLoop(LoopStmt s)
    {
        var loop = NewLoop();
        return Expression.Block(typeof(object), [loop.Result],
            Expression.Assign(loop.Result, Null),
            Expression.Label(loop.Continue),

            // Tick before the body: `continue` jumps to the label, and must not skip the count (`loop { continue; }`).
            Tick(s),
            EmitLoopBody(s.Body, loop),
            Expression.Goto(loop.Continue),
            Expression.Label(loop.Break),
            loop.Result);
    }

    private Expression EmitDo(DoStmt s)
    {
        var loop = NewLoop();
        var top = Expression.Label("do_top");
        var test = Truthy(s.Condition);
        return Expression.Block(typeof(object), [loop.Result],
            Expression.Assign(loop.Result, Null),
            Expression.Label(top),
            EmitLoopBody(s.Body, loop),
            Expression.Label(loop.Continue),
            Tick(s),
            Expression.IfThen(s.IsUntil ? Expression.Not(test) : test, Expression.Goto(top)),
            Expression.Label(loop.Break),
            loop.Result);
    }

    private Expression EmitFor(ForStmt s)
    {
        var loop = NewLoop();
        if (TryEmitRangeFor(s, loop) is { } counted)
        {
            return counted;
        }

        var top = Expression.Label("for_top");
        var counter = Expression.Variable(typeof(long), "for_counter");
        var iterable = Emit(s.Iterable);

        PushScope();
        var item = Declare(s.Variable, DeclarationKey.ItemOf(s), isConstant: false);
        var index = s.CounterVariable is null ? null : Declare(s.CounterVariable, DeclarationKey.CounterOf(s), isConstant: false);
        var parts = new List<Expression> { Expression.Assign(loop.Result, Null), Expression.Assign(counter, Expression.Constant(0L)) };

        // A captured loop variable is one shared cell for the whole loop (Rhai: scripts/for3.rhai).
        if (item.IsCell)
        {
            parts.Add(Store(item, Null, initialize: true));
        }

        if (index is { IsCell: true })
        {
            parts.Add(Store(index, Null, initialize: true));
        }

        var enumerator = Expression.Variable(typeof(IEnumerator<object?>), "for_items");
        parts.Add(Expression.Assign(enumerator, Call(typeof(Iteration), nameof(Iteration.GetEnumerator), _ctx, iterable, PosConst(s))));
        parts.Add(Expression.Label(top));
        parts.Add(Expression.IfThen(
            Expression.Not(Expression.Call(enumerator, typeof(System.Collections.IEnumerator).GetMethod(nameof(System.Collections.IEnumerator.MoveNext))!)),
            Expression.Goto(loop.Break)));
        parts.Add(Store(item, Expression.Property(enumerator, nameof(IEnumerator<object?>.Current))));
        if (index is not null)
        {
            parts.Add(Store(index, Call(typeof(Boxes), nameof(Boxes.Int), counter)));
        }

        parts.Add(EmitLoopBody(s.Body, loop));
        parts.Add(Expression.Label(loop.Continue));
        parts.Add(Expression.PreIncrementAssign(counter));
        parts.Add(Tick(s));
        parts.Add(Expression.Goto(top));
        parts.Add(Expression.Label(loop.Break));
        parts.Add(loop.Result);
        PopScope();
        return Expression.Block(typeof(object), [loop.Result, counter, enumerator], parts);
    }

    private Expression EmitBreak(BreakStmt s)
    {
        var loop = _loops.Peek();
        return Expression.Block(typeof(object),
            Expression.Assign(loop.Result, s.Value is null ? Null : Emit(s.Value)),
            Expression.Goto(loop.Break),
            Null);
    }

    private Expression EmitContinue(ContinueStmt s) =>
        Expression.Block(typeof(object), Expression.Goto(_loops.Peek().Continue), Null);

    private Expression EmitReturn(ReturnStmt s) =>
        Expression.Block(typeof(object),
            _intResult is not null
                ? Expression.Assign(_intResult, EmitInt(s.Value!))
                : Expression.Assign(_returnValue, s.Value is null ? Null : Emit(s.Value)),
            Expression.Goto(_returnLabel),
            Null);

    private Expression EmitThrow(ThrowStmt s)
    {
        if (s.Value is null && _catchExceptions.Count > 0)
        {
            // A bare `throw` inside a catch block rethrows the caught error.
            return Expression.Block(typeof(object), Expression.Throw(_catchExceptions.Peek()), Null);
        }

        return Call(typeof(Builtins), nameof(Builtins.Throw), _ctx, s.Value is null ? Null : Emit(s.Value), PosConst(s));
    }

    private Expression EmitTry(TryStmt s)
    {
        var exception = Expression.Variable(typeof(ScriptException), "error");
        // Both regions end in an explicit Empty(): FEC emits invalid IL for a void try block whose last expression has a value.
        var discard = Expression.Variable(typeof(object), "discard");
        var body = Expression.Block(typeof(void), [discard], Expression.Assign(discard, EmitBlock(s.Body)), Expression.Empty());

        // The state on entry, restored when an error is caught: script calls leave it to their catcher (RunContext.Unwind).
        var depth = Expression.Variable(typeof(int), "try_depth");
        var variables = Expression.Variable(typeof(int), "try_variables");
        var imports = Expression.Variable(typeof(int), "try_imports");
        var mark = new Expression[]
        {
            Expression.Assign(depth, Expression.Property(_ctx, nameof(RunContext.CallDepth))),
            Expression.Assign(variables, Expression.Field(_ctx, nameof(RunContext.VariableCount))),
            Expression.Assign(imports, Expression.Property(_ctx, nameof(RunContext.ImportCount))),
        };

        PushScope();
        var handler = new List<Expression>
        {
            Expression.Call(_ctx, typeof(RunContext).GetMethod(nameof(RunContext.UnwindTo))!, exception, depth, variables, imports),

            // Limit errors are not catchable: rethrow them untouched (no catch filter: FEC refuses `when`).
            Expression.IfThen(
                Expression.Not(Call(typeof(ErrorValues), nameof(ErrorValues.IsCatchable), exception)),
                Expression.Throw(exception)),
        };
        if (s.CatchVariable is not null)
        {
            var variable = Declare(s.CatchVariable, DeclarationKey.CatchOf(s), isConstant: false);
            handler.Add(Store(variable, Call(typeof(ErrorValues), nameof(ErrorValues.ToValue), exception), initialize: true));
        }

        _catchExceptions.Push(exception);
        var catchDiscard = Expression.Variable(typeof(object), "discard");
        handler.Add(Expression.Block(typeof(void), [catchDiscard], Expression.Assign(catchDiscard, EmitBlock(s.CatchBody)), Expression.Empty()));
        _catchExceptions.Pop();
        PopScope();

        return Expression.Block(typeof(object), [depth, variables, imports],
            [.. mark, Expression.TryCatch(body, Expression.Catch(exception, Expression.Block(typeof(void), handler))), Null]);
    }

    private Expression EmitImport(ImportStmt s) =>
        Call(typeof(Builtins), nameof(Builtins.Import), _ctx, AsObject(Emit(s.Path)),
            Expression.Constant(s.Alias, typeof(string)), PosConst(s));
}
