using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// Finds local variables that provably only ever hold an INT, so they can live in a <see cref="long"/> IL local
/// instead of a boxed object: <c>let s = 0; for i in 0..n { s += i }</c> becomes a plain <c>long</c> loop.
/// A variable qualifies when every value it is given — its initializer, every assignment and compound assignment —
/// is an INT by construction (INT literals, other INT locals, INT arithmetic, loop counters over INT ranges).
/// Captured variables never qualify (they live in shared cells). Start from "all candidates" and remove
/// any whose assignments are not INT until nothing changes.
/// </summary>
internal sealed class TypeInference : ScopedWalker
{
    private readonly Dictionary<DeclarationKey, List<Expr?>> _assignments = [];
    private readonly Dictionary<Expr, DeclarationKey> _references = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<DeclarationKey> _disqualified = [];
    private readonly HashSet<DeclarationKey> _counters = [];
    private readonly List<ReturnStmt> _returns = [];
    private readonly HashSet<DeclarationKey> _nonNegativeCandidates = [];
    private readonly HashSet<DeclarationKey> _changedInPlace = [];
    private readonly IReadOnlySet<(string Name, int Arity)>? _intFunctions;

    private TypeInference(IReadOnlySet<(string Name, int Arity)>? intFunctions)
    {
        _intFunctions = intFunctions;
    }

    public HashSet<DeclarationKey> IntLocals { get; } = [];

    /// <summary>
    /// INT locals that are never negative: counters of a range loop starting at a non-negative literal (and the index
    /// of <c>for (x, i) in …</c>) that nothing assigns or changes in place. Adding one needs only one overflow compare.
    /// </summary>
    public HashSet<DeclarationKey> NonNegativeLocals { get; } = [];

    /// <param name="body">The function body.</param>
    /// <param name="parameters">The function's parameters.</param>
    /// <param name="captured">Variables captured by closures (never typed).</param>
    /// <param name="assumeIntParameters">
    /// Speculate that every parameter arrives as an INT: parameters then qualify like locals. The caller runs such a
    /// specialized body only when the arguments really are INTs.
    /// </param>
    /// <param name="intFunctions">Script functions known to return an INT when called with INTs (see <see cref="IntFunctions"/>).</param>
    public static TypeInference Analyze(
        IEnumerable<Stmt> body, IEnumerable<DeclarationKey> parameters, HashSet<DeclarationKey> captured, bool assumeIntParameters = false,
        IReadOnlySet<(string Name, int Arity)>? intFunctions = null)
    {
        var inference = new TypeInference(intFunctions);
        foreach (var p in parameters)
        {
            // A speculated INT parameter starts from an INT value; otherwise it may hold anything.
            inference.Declare(p, assumeIntParameters ? new LiteralExpr(Position.None, 0L) : null);
            if (!assumeIntParameters)
            {
                inference._disqualified.Add(p);
            }
        }

        inference.Walk(body);

        var typed = new HashSet<DeclarationKey>(inference._assignments.Keys.Where(k => !captured.Contains(k) && !inference._disqualified.Contains(k)));
        bool changed;
        do
        {
            changed = false;
            foreach (var key in typed.ToList())
            {
                if (!inference._counters.Contains(key) && !inference._assignments[key].TrueForAll(e => e is not null && inference.IsInt(e, typed)))
                {
                    typed.Remove(key);
                    changed = true;
                }
            }
        }
        while (changed);

        inference.IntLocals.UnionWith(typed);
        inference.NonNegativeLocals.UnionWith(inference._nonNegativeCandidates.Where(k =>
            typed.Contains(k) && !inference._changedInPlace.Contains(k)));
        return inference;
    }

    /// <summary>True when the expression is an INT given the typed locals (used by the compiler too).</summary>
    public bool IsInt(Expr expr, HashSet<DeclarationKey> typed)
    {
        DepthGuard.EnterSyntax(expr.Position);
        // Walk left-deep operator chains iteratively.
        while (true)
        {
            switch (expr)
            {
                case LiteralExpr { Value: long }:
                    return true;
                case VariableExpr v:
                    return _references.TryGetValue(v, out var key) && typed.Contains(key);
                case UnaryExpr { Operator: UnaryOperator.Negate or UnaryOperator.Plus } u:
                    expr = u.Operand;
                    continue;
                case BinaryExpr b when IsIntOperator(b.Operator):
                    if (!IsInt(b.Right, typed))
                    {
                        return false;
                    }

                    expr = b.Left;
                    continue;
                case StatementExpr { Statement: BlockStmt { Statements: [ExprStmt single] } }:
                    expr = single.Expression;
                    continue;
                case CallExpr call:
                    return IsIntCall(call, typed);
                default:
                    return false;
            }
        }
    }

    /// <summary>True when the call goes to a script function that returns an INT for INT arguments, and its arguments are INTs.</summary>
    public bool IsIntCall(CallExpr call, HashSet<DeclarationKey> typed)
    {
        if (_intFunctions is null || !call.Namespace.IsEmpty || !_intFunctions.Contains((call.Name, call.Arguments.Length)))
        {
            return false;
        }

        foreach (var argument in call.Arguments)
        {
            if (!IsInt(argument, typed))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a function body whose locals are typed by this analysis always produces an INT: its last statement's
    /// value and every <c>return</c> value are INTs (a body ending in a loop or an <c>if</c> without <c>else</c> gives <c>()</c>).
    /// </summary>
    public bool ReturnsInt(IReadOnlyList<Stmt> body) =>
        _returns.TrueForAll(r => r.Value is not null && IsInt(r.Value, IntLocals)) && BlockValueIsInt(body);

    private bool BlockValueIsInt(IReadOnlyList<Stmt> statements) => statements.Count > 0 && StatementValueIsInt(statements[^1]);

    private bool StatementValueIsInt(Stmt statement)
    {
        DepthGuard.EnterSyntax(statement.Position);
        // Else-if chains are walked iteratively.
        while (true)
        {
            switch (statement)
            {
                case ExprStmt { Expression: StatementExpr inner }:
                    statement = inner.Statement;
                    continue;
                case ExprStmt e:
                    return IsInt(e.Expression, IntLocals);
                case BlockStmt b:
                    return BlockValueIsInt(b.Statements);
                case IfStmt { Else: { } otherwise } i:
                    if (!BlockValueIsInt(i.Then.Statements))
                    {
                        return false;
                    }

                    statement = otherwise;
                    continue;
                case ReturnStmt or ThrowStmt:
                    return true;
                default:
                    return false;
            }
        }
    }

    public static bool IsIntOperator(BinaryOperator op) => op is BinaryOperator.Add or BinaryOperator.Subtract
        or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power
        or BinaryOperator.ShiftLeft or BinaryOperator.ShiftRight or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor;

    protected override void OnDeclare(DeclarationKey key, Expr? value, DeclarationKind kind)
    {
        switch (kind)
        {
            case DeclarationKind.LoopVariable:
                // The item of a loop over a range literal is an INT when both bounds are: the sum stands for "both INT".
                value = ((ForStmt)key.Owner).Iterable is BinaryExpr { Operator: BinaryOperator.Range or BinaryOperator.RangeInclusive } range
                    ? new BinaryExpr(range.Position, BinaryOperator.Add, range.Left, range.Right)
                    : null;
                if (value is BinaryExpr { Left: LiteralExpr { Value: >= 0L } })
                {
                    _nonNegativeCandidates.Add(key);
                }

                break;
            case DeclarationKind.LoopCounter:
                _counters.Add(key);
                _nonNegativeCandidates.Add(key);
                break;
        }

        if (!_assignments.TryGetValue(key, out var list))
        {
            _assignments[key] = list = [];
        }

        list.Add(value);
    }

    protected override void OnReference(VariableExpr use)
    {
        if (Lookup(use.Name) is { } found)
        {
            _references[use] = found.Key;
        }
    }

    protected override void OnAssign(AssignStmt assignment)
    {
        MarkChangedInPlace(assignment.Target);
        if (assignment.Target is not VariableExpr { Namespace.IsEmpty: true } target || Lookup(target.Name) is not { } found)
        {
            return;
        }

        if (assignment.Operator is { } op && !IsIntOperator(op))
        {
            _disqualified.Add(found.Key);
        }

        if (_assignments.TryGetValue(found.Key, out var values))
        {
            values.Add(assignment.Value);
        }
    }

    protected override void OnMethodCall(MethodCallExpr call) => MarkChangedInPlace(call.Target);

    // `i[0] = true` or a method on `i` may give the variable a new value without assigning it by name.
    private void MarkChangedInPlace(Expr target)
    {
        DepthGuard.EnterSyntax(target.Position);
        while (true)
        {
            switch (target)
            {
                case IndexExpr index:
                    target = index.Target;
                    continue;
                case PropertyExpr property:
                    target = property.Target;
                    continue;
                case MethodCallExpr method:
                    target = method.Target;
                    continue;
                case VariableExpr { Namespace.IsEmpty: true } variable when Lookup(variable.Name) is { } found:
                    _changedInPlace.Add(found.Key);
                    return;
                default:
                    return;
            }
        }
    }

    protected override void OnReturn(ReturnStmt statement) => _returns.Add(statement);

    protected override void OnCall(CallExpr call)
    {
        if (call.Namespace.IsEmpty && call.Name == "eval")
        {
            // eval may read or write any variable by name.
            _disqualified.UnionWith(FrameDeclarations);
        }
    }
}
