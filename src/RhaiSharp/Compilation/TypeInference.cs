using RhaiSharp.Runtime;
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
internal sealed class TypeInference
{
    private readonly FunctionBinding _binding;
    private readonly IReadOnlySet<(string Name, int Arity)>? _intFunctions;

    private TypeInference(FunctionBinding binding, IReadOnlySet<(string Name, int Arity)>? intFunctions)
    {
        _binding = binding;
        _intFunctions = intFunctions;
    }

    public HashSet<DeclarationKey> IntLocals { get; } = [];

    /// <summary>
    /// INT locals that are never negative: counters of a range loop starting at a non-negative literal (and the index
    /// of <c>for (x, i) in …</c>) that nothing assigns or changes in place. Adding one needs only one overflow compare.
    /// </summary>
    public HashSet<DeclarationKey> NonNegativeLocals { get; } = [];

    /// <param name="binding">The body, bound.</param>
    /// <param name="assumeIntParameters">
    /// Speculate that every parameter arrives as an INT: parameters then qualify like locals. The caller runs such a
    /// specialized body only when the arguments really are INTs.
    /// </param>
    /// <param name="intFunctions">Script functions known to return an INT when called with INTs (see <see cref="IntFunctions"/>).</param>
    public static TypeInference Analyze(FunctionBinding binding, bool assumeIntParameters = false, IReadOnlySet<(string Name, int Arity)>? intFunctions = null)
    {
        var inference = new TypeInference(binding, intFunctions);
        var parameters = new HashSet<DeclarationKey>(binding.Parameters);
        var typed = new HashSet<DeclarationKey>(binding.Values.Keys.Where(k =>
            !binding.Captured.Contains(k) && !binding.Untypable.Contains(k) && (assumeIntParameters || !parameters.Contains(k))));

        // A speculated INT parameter starts from an INT value (its first value, the "initializer", is the argument).
        bool IsIntValue(DeclarationKey key, Expr? value, int index) =>
            (index == 0 && parameters.Contains(key)) || (value is not null && inference.IsInt(value, typed));

        bool changed;
        do
        {
            changed = false;
            foreach (var key in typed.ToList())
            {
                var values = binding.Values[key];
                if (binding.LoopCounters.Contains(key))
                {
                    continue;
                }

                for (var i = 0; i < values.Count; i++)
                {
                    if (!IsIntValue(key, values[i], i))
                    {
                        typed.Remove(key);
                        changed = true;
                        break;
                    }
                }
            }
        }
        while (changed);

        inference.IntLocals.UnionWith(typed);
        inference.NonNegativeLocals.UnionWith(binding.StartNonNegative.Where(k => typed.Contains(k) && !binding.ChangedInPlace.Contains(k)));
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
                    return _binding.References.TryGetValue(v, out var key) && typed.Contains(key);
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
        _binding.Returns.TrueForAll(r => r.Value is not null && IsInt(r.Value, IntLocals)) && BlockValueIsInt(body);

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

    /// <summary>An operator whose result is an INT when both operands are (from the operator table: not a comparison).</summary>
    public static bool IsIntOperator(BinaryOperator op) =>
        OperatorTable.IntMethod(op) is not null || (OperatorTable.IntPrimitive(op) is not null && !OperatorTable.IsComparison(op));
}
