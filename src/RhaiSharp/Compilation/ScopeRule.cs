using System.Linq.Expressions;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;
using RhaiSharp.Values;

namespace RhaiSharp.Compilation;

/// <summary>
/// A main program that is one rule-shaped expression over host scope variables (<c>x &gt; 10 &amp;&amp; name == "gold"</c>):
/// its first runs walk the expression, later runs use a form compiled for the types its variables had, behind type
/// checks; neither needs a run context. A run whose variables have other types, or are missing, takes the general path
/// (which reports the error).
/// </summary>
internal sealed class ScopeRule
{
    // As for the main program: one-shot rules are not worth a JIT compilation.
    private const int ColdRuns = 2;

    private readonly Expr _body;
    private readonly string[] _names;
    private readonly CompilerChoice _choice;
    private Func<Scope?, object?>? _compiled;
    private int _runs;
    private bool _declined;

    private ScopeRule(Expr body, string[] names, CompilerChoice choice)
    {
        _body = body;
        _names = names;
        _choice = choice;
    }

    /// <summary>What the compiled rule returns when a variable is missing or has another type than it was compiled for.</summary>
    private static readonly object NotApplicable = new();

    /// <summary>The rule form of a main program, or null when the program is not a single rule-shaped expression.</summary>
    public static ScopeRule? For(Ast ast, CompilerChoice choice)
    {
        if (ast.Statements is not [ExprStmt { Expression: var body }] || body is LiteralExpr || !DirectFunctionCompiler.MayAccept(body))
        {
            return null;
        }

        var names = new List<string>();
        CollectVariables(body, names);
        return new ScopeRule(body, [.. names], choice);
    }

    private static void CollectVariables(Expr expr, List<string> names)
    {
        DepthGuard.EnterSyntax(expr.Position);
        switch (expr)
        {
            case VariableExpr v when !names.Contains(v.Name):
                names.Add(v.Name);
                break;
            case UnaryExpr u:
                CollectVariables(u.Operand, names);
                break;
            case BinaryExpr b:
                CollectVariables(b.Left, names);
                CollectVariables(b.Right, names);
                break;
        }
    }

    /// <summary>
    /// Runs the rule: its first runs walk the expression (text to value in microseconds, no expression tree, no JIT),
    /// later runs call the compiled form. False when the general path must run instead.
    /// </summary>
    public bool TryRun(Scope? scope, out object? value)
    {
        var compiled = _compiled;
        if (compiled is null)
        {
            if (_declined)
            {
                value = null;
                return false;
            }

            if (Interlocked.Increment(ref _runs) <= ColdRuns || (compiled = Compile(scope)) is null)
            {
                value = Interpret(_body, scope);
                return !ReferenceEquals(value, NotApplicable);
            }
        }

        value = compiled(scope);
        return !ReferenceEquals(value, NotApplicable);
    }

    /// <summary>
    /// Evaluates the expression with the compiled form's rules: the same operators for the same types, the same errors,
    /// and <see cref="NotApplicable"/> wherever the compiled form would not apply (another type, a missing variable).
    /// </summary>
    private static object? Interpret(Expr expr, Scope? scope)
    {
        DepthGuard.EnterSyntax(expr.Position);
        switch (expr)
        {
            case LiteralExpr l:
                return l.Value;
            case VariableExpr v:
                return Read(scope, v.Name) is var value && value is long or double or bool or string ? value : NotApplicable;
            case UnaryExpr u:
                return Interpret(u.Operand, scope) switch
                {
                    bool operand when u.Operator == UnaryOperator.Not => Ops.Not(null!, operand, u.Position.Pack()),
                    (long or double) and var operand when u.Operator is UnaryOperator.Plus or UnaryOperator.Negate =>
                        u.Operator == UnaryOperator.Plus ? Ops.Plus(null!, operand, u.Position.Pack()) : Ops.Negate(null!, operand, u.Position.Pack()),
                    _ => NotApplicable,
                };
            case BinaryExpr b:
                return InterpretBinary(b, scope);
            default:
                return NotApplicable;
        }
    }

    private static object? InterpretBinary(BinaryExpr b, Scope? scope)
    {
        var left = Interpret(b.Left, scope);
        if (ReferenceEquals(left, NotApplicable))
        {
            return left;
        }

        // && and || short-circuit as in the script; the right side must then be a bool too.
        if (b.Operator is BinaryOperator.AndAlso or BinaryOperator.OrElse)
        {
            if (left is not bool l)
            {
                return NotApplicable;
            }

            if (l == (b.Operator == BinaryOperator.OrElse))
            {
                return Boxes.Bool(l);
            }

            return Interpret(b.Right, scope) is bool r ? Boxes.Bool(r) : NotApplicable;
        }

        var right = Interpret(b.Right, scope);

        // The operators are the general ones, which for these scalar types never need a run context; which operator
        // and type pairs apply is the compiled form's own rule, so both forms decline the same runs.
        return !ReferenceEquals(right, NotApplicable) && TypedOperators.Accepts(b.Operator, TypeOf(left), TypeOf(right))
            ? OperatorTable.Generic(b.Operator)(null!, left, right, b.Position.Pack())
            : NotApplicable;
    }

    /// <summary>A variable's value for the compiled rule, or <see cref="NotApplicable"/> when the scope does not have it.</summary>
    public static object? Read(Scope? scope, string name) =>
        scope is not null && scope.IndexOf(name) is var index and >= 0 ? scope.GetRaw(index) : NotApplicable;

    private Func<Scope?, object?>? Compile(Scope? scope)
    {
        var types = new Type[_names.Length];
        for (var i = 0; i < _names.Length; i++)
        {
            if (TypeOf(Read(scope, _names[i])) is not { } type)
            {
                _declined = true;
                return null;
            }

            types[i] = type;
        }

        var typed = _names.Select((name, i) => Expression.Variable(types[i], name)).ToArray();
        var value = DirectFunctionCompiler.TryEmit(_body, typed);
        if (value is null)
        {
            _declined = true;
            return null;
        }

        var scopeParameter = Expression.Parameter(typeof(Scope), "scope");
        var raw = _names.Select(name => Expression.Variable(typeof(object), "raw_" + name)).ToArray();
        if (value.Type == typeof(bool) && IsLogical(_body)
            && new LazyRule(this, types, typed, raw, scopeParameter).TryEmit() is { } lazy)
        {
            var lazyCompiled = DelegateCompiler.Compile(lazy, _choice);
            return Interlocked.CompareExchange(ref _compiled, lazyCompiled, null) ?? lazyCompiled;
        }

        var body = new List<Expression>();
        Expression guard = Expression.Constant(true);
        for (var i = 0; i < _names.Length; i++)
        {
            body.Add(Expression.Assign(raw[i], ReadVariable(scopeParameter, _names[i])));
            guard = Expression.AndAlso(guard, Expression.TypeIs(raw[i], types[i]));
        }

        var unpack = typed.Select((t, i) => (Expression)Expression.Assign(t, types[i] == typeof(string) ? Expression.Convert(raw[i], t.Type) : Expression.Unbox(raw[i], t.Type)));
        body.Add(Expression.Condition(
            guard,
            Expression.Block(typeof(object), typed, unpack.Append(Box(value))),
            Expression.Constant(NotApplicable)));
        var lambda = Expression.Lambda<Func<Scope?, object?>>(Expression.Block(typeof(object), raw, body), scopeParameter);
        var compiled = DelegateCompiler.Compile(lambda, _choice);
        return Interlocked.CompareExchange(ref _compiled, compiled, null) ?? compiled;
    }

    private static bool IsLogical(Expr expr) =>
        expr is BinaryExpr { Operator: BinaryOperator.AndAlso or BinaryOperator.OrElse } or UnaryExpr { Operator: UnaryOperator.Not };

    // Interned: a host that names its scope variables with literals then matches them by reference.
    private static Expression ReadVariable(ParameterExpression scope, string name) =>
        Expression.Call(typeof(ScopeRule).GetMethod(nameof(Read))!, scope, Expression.Constant(string.Intern(name)));

    /// <summary>
    /// A rule whose top is <c>&amp;&amp;</c>, <c>||</c> or <c>!</c>, compiled to branches: each comparison jumps to the
    /// next one it decides, and a variable is looked up in the scope (and its type checked) only where a comparison first
    /// needs it. <c>x &gt; 10 &amp;&amp; y &lt; 5 || name == "gold"</c> looks up <c>y</c> only when <c>x &gt; 10</c>.
    /// Every jump is a statement-level goto, the shape FEC compiles correctly.
    /// </summary>
    private sealed class LazyRule(ScopeRule rule, Type[] types, ParameterExpression[] typed, ParameterExpression[] raw, ParameterExpression scope)
    {
        private readonly List<Expression> _code = [];
        private readonly LabelTarget _notApplicable = Expression.Label("not_applicable");

        public Expression<Func<Scope?, object?>>? TryEmit()
        {
            var whenTrue = Expression.Label("rule_true");
            var whenFalse = Expression.Label("rule_false");
            var end = Expression.Label("rule_end");
            var result = Expression.Variable(typeof(object), "rule_result");
            if (!Branch(rule._body, whenTrue, whenFalse, []))
            {
                return null;
            }

            // Static fields, not constants: FEC would box an object-typed constant of a value type on every use.
            Expression Finish(LabelTarget label, Type owner, string field) => Expression.Block(
                Expression.Label(label), Expression.Assign(result, Expression.Field(null, owner, field)), Expression.Goto(end));

            _code.Add(Finish(whenTrue, typeof(Boxes), nameof(Boxes.True)));
            _code.Add(Finish(whenFalse, typeof(Boxes), nameof(Boxes.False)));
            _code.Add(Finish(_notApplicable, typeof(ScopeRule), nameof(NotApplicable)));
            _code.Add(Expression.Label(end));
            _code.Add(result);
            var body = Expression.Block(typeof(object), [.. raw, .. typed, result], _code);
            return Expression.Lambda<Func<Scope?, object?>>(body, scope);
        }

        // `known`: the variables every path to this point has read.
        private bool Branch(Expr expr, LabelTarget whenTrue, LabelTarget whenFalse, HashSet<int> known)
        {
            DepthGuard.EnterSyntax(expr.Position);
            switch (expr)
            {
                case BinaryExpr { Operator: BinaryOperator.AndAlso or BinaryOperator.OrElse } b:
                    {
                        var next = Expression.Label("rule_next");
                        var ok = b.Operator == BinaryOperator.AndAlso
                            ? Branch(b.Left, next, whenFalse, known)
                            : Branch(b.Left, whenTrue, next, known);
                        _code.Add(Expression.Label(next));
                        return ok && Branch(b.Right, whenTrue, whenFalse, [.. known, .. ReadFirst(b.Left)]);
                    }

                case UnaryExpr { Operator: UnaryOperator.Not } u:
                    return Branch(u.Operand, whenFalse, whenTrue, known);
                default:
                    {
                        // A comparison (or any other bool-valued part): read what it needs that is not read yet, then decide.
                        var value = DirectFunctionCompiler.TryEmit(expr, typed);
                        if (value is null || value.Type != typeof(bool))
                        {
                            return false;
                        }

                        foreach (var i in VariablesOf(expr).Where(i => !known.Contains(i)))
                        {
                            _code.Add(Expression.Assign(raw[i], ReadVariable(scope, rule._names[i])));
                            _code.Add(Expression.IfThen(Expression.Not(Expression.TypeIs(raw[i], types[i])), Expression.Goto(_notApplicable)));
                            _code.Add(Expression.Assign(typed[i], types[i] == typeof(string) ? Expression.Convert(raw[i], types[i]) : Expression.Unbox(raw[i], types[i])));
                        }

                        _code.Add(Expression.IfThenElse(value, Expression.Goto(whenTrue), Expression.Goto(whenFalse)));
                        return true;
                    }
            }
        }

        // The variables a part always reads, whichever way it goes: those of its first comparison.
        private IEnumerable<int> ReadFirst(Expr expr) => expr switch
        {
            BinaryExpr { Operator: BinaryOperator.AndAlso or BinaryOperator.OrElse } b => ReadFirst(b.Left),
            UnaryExpr { Operator: UnaryOperator.Not } u => ReadFirst(u.Operand),
            _ => VariablesOf(expr),
        };

        private IEnumerable<int> VariablesOf(Expr expr)
        {
            DepthGuard.EnterSyntax(expr.Position);
            var names = new List<string>();
            CollectVariables(expr, names);
            return names.Select(name => Array.IndexOf(rule._names, name));
        }
    }

    private static Type? TypeOf(object? value) => value switch
    {
        long => typeof(long),
        double => typeof(double),
        bool => typeof(bool),
        string => typeof(string),
        _ => null,
    };

    private static Expression Box(Expression value) =>
        value.Type == typeof(bool) ? Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Bool))!, value)
        : value.Type == typeof(long) ? Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Int))!, value)
        : Expression.Convert(value, typeof(object));
}
