using System.Linq.Expressions;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// Compiles a rule-shaped script function — one expression over its parameters, literals, comparisons, arithmetic
/// and logic — straight into a delegate over the host's own types: <c>fn rule(x, y, name) { x &gt; 10 &amp;&amp; y &lt; 5 }</c>
/// as a <c>Func&lt;long, long, string, bool&gt;</c> with no run context, no argument array and no boxing.
/// Every operator it emits is the one the general compiler would select for those types; anything else (calls,
/// variables, loops, a result of another type) makes it decline, and the caller takes the general path.
/// </summary>
/// <remarks>
/// Such a body cannot loop or call anything, so the run-time limits have nothing to count: it uses no operations
/// beyond the call itself, declares no variables and nests no calls.
/// </remarks>
internal sealed class DirectFunctionCompiler
{
    // Rules are shallow; a deeper expression is left to the general compiler, which bounds its own depth.
    private const int MaxDepth = 64;

    private readonly Dictionary<string, ParameterExpression> _parameters;
    private int _depth;

    private DirectFunctionCompiler(Dictionary<string, ParameterExpression> parameters) => _parameters = parameters;

    /// <summary>The direct delegate for <paramref name="definition"/>, or null when its body is not of the supported shape.</summary>
    public static TDelegate? TryCompile<TDelegate>(FunctionDef definition, CompilerChoice choice)
        where TDelegate : Delegate
    {
        var invoke = typeof(TDelegate).GetMethod("Invoke")!;
        var types = invoke.GetParameters().Select(p => p.ParameterType).ToArray();
        if (types.Length != definition.Parameters.Length || definition.IsClosure || definition.ThisType is not null
            || !types.All(IsSupported) || SingleExpression(definition.Body) is not { } body)
        {
            return null;
        }

        var parameters = definition.Parameters.Select((name, i) => Expression.Parameter(types[i], name)).ToArray();
        var value = TryEmit(body, parameters);
        if (value is null)
        {
            return null;
        }

        var result = invoke.ReturnType;
        if (value.Type != result)
        {
            if (result != typeof(object))
            {
                return null;
            }

            value = Expression.Convert(value, typeof(object));
        }

        return DelegateCompiler.Compile(Expression.Lambda<TDelegate>(value, parameters), choice);
    }

    /// <summary>
    /// The expression typed over <paramref name="variables"/> (each named after the script variable it stands for),
    /// or null when it is not of the supported shape. The result is a long, double, bool or string expression.
    /// </summary>
    public static Expression? TryEmit(Expr body, IEnumerable<ParameterExpression> variables) =>
        new DirectFunctionCompiler(variables.ToDictionary(p => p.Name!, StringComparer.Ordinal)).Emit(body);

    /// <summary>True for the expression kinds <see cref="TryEmit"/> may accept (its variables still need types).</summary>
    public static bool MayAccept(Expr expr, int depth = 0) => depth <= MaxDepth && expr switch
    {
        LiteralExpr { Value: long or double or bool or string } => true,
        VariableExpr { Namespace.IsEmpty: true } => true,
        UnaryExpr u => MayAccept(u.Operand, depth + 1),
        BinaryExpr b => MayAccept(b.Left, depth + 1) && MayAccept(b.Right, depth + 1),
        _ => false,
    };

    // string may be null: a null argument is () in the script, and () == "x" is false as string.Equals(null, "x") is.
    private static bool IsSupported(Type type) => type == typeof(long) || type == typeof(double) || type == typeof(bool) || type == typeof(string);

    private static Expr? SingleExpression(BlockStmt body) => body.Statements switch
    {
        [ExprStmt { Expression: not StatementExpr } e] => e.Expression,
        [ReturnStmt { Value: { } v }] => v,
        _ => null,
    };

    private Expression? Emit(Expr expr)
    {
        DepthGuard.EnterSyntax(expr.Position);
        if (++_depth > MaxDepth)
        {
            return null;
        }

        try
        {
            return expr switch
            {
                LiteralExpr { Value: long or double or bool or string } l => Expression.Constant(l.Value),
                VariableExpr { Namespace.IsEmpty: true } v => _parameters.GetValueOrDefault(v.Name),
                UnaryExpr u => EmitUnary(u),
                BinaryExpr b => EmitBinary(b),
                _ => null,
            };
        }
        finally
        {
            _depth--;
        }
    }

    private Expression? EmitUnary(UnaryExpr u)
    {
        var operand = Emit(u.Operand);
        return (u.Operator, operand?.Type) switch
        {
            (UnaryOperator.Not, Type t) when t == typeof(bool) => Expression.Not(operand!),
            (UnaryOperator.Plus, Type t) when t == typeof(long) || t == typeof(double) => operand,
            (UnaryOperator.Negate, Type t) when t == typeof(long) => IntCall(nameof(IntOps.Negate), u, operand!),
            (UnaryOperator.Negate, Type t) when t == typeof(double) => Expression.Negate(operand!),
            _ => null,
        };
    }

    private Expression? EmitBinary(BinaryExpr b)
    {
        var left = Emit(b.Left);
        var right = left is null ? null : Emit(b.Right);
        return left is null || right is null ? null : TypedOperators.Emit(b.Operator, left, right, Expression.Constant(b.Position.Pack()));
    }

    // Checked INT arithmetic reports overflow and division by zero at the operator's position, as compiled code does.
    private static Expression IntCall(string method, Node node, params Expression[] operands) =>
        Expression.Call(typeof(IntOps).GetMethod(method)!, [.. operands, Expression.Constant(node.Position.Pack())]);
}
