using System.Linq.Expressions;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

// Assignment targets and write-back chains (Rhai: eval/chaining.rs). `a.b[c] = v` reads a, then a.b, sets [c] on it,
// then writes the (possibly new) a.b back into a, and a back into its variable: strings and INT bit fields are values.
internal sealed partial class FunctionCompiler
{
    private sealed class LValue
    {
        public List<ParameterExpression> Temps { get; } = [];

        public List<Expression> Setup { get; } = [];

        public required Func<Expression> Load { get; init; }

        public required Func<Expression, Expression> Store { get; init; }

        /// <summary>True when the chain starts at a constant (no write-back; mutating methods are refused).</summary>
        public required Expression IsConstant { get; init; }

        /// <summary>
        /// Fails when the chain's root is a constant, before anything is changed: an element or property store must
        /// not change a constant's container in place and only then find out it may not write it back.
        /// </summary>
        public required Expression FailIfConstant { get; init; }

        /// <summary>The chain starts at a namespace-qualified variable: even the function-call form may not take it by reference.</summary>
        public bool IsNamespaced { get; init; }
    }

    /// <summary>The target as an assignable place, or null when it is a temporary value (a call result, a literal).</summary>
    private LValue? LValueOf(Expr target)
    {
        DepthGuard.EnterSyntax(target.Position);
        switch (target)
        {
            case VariableExpr v when v.Namespace.IsEmpty:
                {
                    if (Resolve(v) is { } variable)
                    {
                        var refuse = Call(typeof(Builtins), nameof(Builtins.AssignToConstant), Expression.Constant(v.Name), PosConst(v));
                        return new LValue
                        {
                            Load = () => Load(variable),
                            Store = value => variable.IsConstant ? refuse : Store(variable, value),
                            IsConstant = Expression.Constant(variable.IsConstant),
                            FailIfConstant = variable.IsConstant ? refuse : Expression.Empty(),
                        };
                    }

                    if (!_isMain)
                    {
                        return null;
                    }

                    var name = Expression.Constant(v.Name);
                    return new LValue
                    {
                        Load = () => Call(typeof(Builtins), nameof(Builtins.ReadScope), _ctx, name, PosConst(v)),
                        Store = value => Call(typeof(Builtins), nameof(Builtins.WriteScope), _ctx, name, value, PosConst(v)),
                        IsConstant = Call(typeof(Builtins), nameof(Builtins.ScopeHasConstant), _ctx, name),
                        FailIfConstant = Call(typeof(Builtins), nameof(Builtins.FailIfScopeConstant), _ctx, name, PosConst(v)),
                    };
                }

            case VariableExpr v:
                {
                    // A namespace-qualified variable (`m::X`, `global::X`) is a constant to every script, as in Rhai:
                    // module variables and the main program's constants are shared by every engine that sees them.
                    var refuse = Call(typeof(Builtins), nameof(Builtins.AssignToConstant), Expression.Constant(v.Name), PosConst(v));
                    return new LValue
                    {
                        Load = () => Emit(v),
                        Store = _ => refuse,
                        IsConstant = Expression.Constant(true),
                        FailIfConstant = refuse,
                        IsNamespaced = true,
                    };
                }

            case ThisExpr t:
                return new LValue
                {
                    Load = () => Call(typeof(Builtins), nameof(Builtins.GetThis), _self, PosConst(t)),
                    Store = value => Call(typeof(Builtins), nameof(Builtins.SetThis), _self, value, PosConst(t)),
                    IsConstant = Expression.Constant(false),
                    FailIfConstant = Expression.Empty(),
                };
            case PropertyExpr { IsNullSafe: false } p:
                return Chain(p.Target, p, container => Call(typeof(Indexing), nameof(Indexing.GetProperty), _ctx, container, Expression.Constant(p.Name), PosConst(p)),
                    (container, value) => Call(typeof(Indexing), nameof(Indexing.SetProperty), _ctx, container, Expression.Constant(p.Name), value, PosConst(p)),
                    null);
            case IndexExpr { IsNullSafe: false } i when IsInt(i.Index):
                return Chain(i.Target, i, container => Call(typeof(Indexing), nameof(Indexing.GetIndexInt), _ctx, container, IndexTemp(i), PosConst(i)),
                    (container, value) => Call(typeof(Indexing), nameof(Indexing.SetIndexInt), _ctx, container, IndexTemp(i), value, PosConst(i)),
                    i);
            case IndexExpr { IsNullSafe: false } i:
                return Chain(i.Target, i, container => Call(typeof(Indexing), nameof(Indexing.GetIndex), _ctx, container, IndexTemp(i), PosConst(i)),
                    (container, value) => Call(typeof(Indexing), nameof(Indexing.SetIndex), _ctx, container, IndexTemp(i), value, PosConst(i)),
                    i);
            default:
                return null;
        }
    }

    private readonly Dictionary<IndexExpr, ParameterExpression> _indexTemps = new(ReferenceEqualityComparer.Instance);

    private ParameterExpression IndexTemp(IndexExpr i) => _indexTemps[i];

    private LValue? Chain(Expr parentExpr, Expr node, Func<Expression, Expression> get, Func<Expression, Expression, Expression> set, IndexExpr? index)
    {
        var parent = LValueOf(parentExpr);
        if (parent is null)
        {
            return null;
        }

        var container = Expression.Variable(typeof(object), "container");
        var lvalue = new LValue
        {
            Load = () => get(container),
            Store = value => Expression.Block(
                parent.FailIfConstant,
                Expression.Assign(container, set(container, value)),
                parent.Store(container)),
            IsConstant = parent.IsConstant,
            FailIfConstant = parent.FailIfConstant,
            IsNamespaced = parent.IsNamespaced,
        };
        lvalue.Temps.AddRange(parent.Temps);
        lvalue.Temps.Add(container);
        lvalue.Setup.AddRange(parent.Setup);
        lvalue.Setup.Add(Expression.Assign(container, parent.Load()));
        if (index is not null)
        {
            var isInt = IsInt(index.Index);
            var temp = Expression.Variable(isInt ? typeof(long) : typeof(object), "index");
            _indexTemps[index] = temp;
            lvalue.Temps.Add(temp);
            lvalue.Setup.Add(Expression.Assign(temp, isInt ? EmitInt(index.Index) : Emit(index.Index)));
        }

        _ = node;
        return lvalue;
    }

    private Expression EmitAssign(AssignStmt s)
    {
        if (s.Target is VariableExpr { Namespace.IsEmpty: true } v && Resolve(v) is { IsInt: true } intVariable)
        {
            var intValue = s.Operator is { } intOp
                ? IntOperation(new BinaryExpr(s.Position, intOp, s.Target, s.Value), intVariable.Storage!, EmitInt(s.Value))
                : EmitInt(s.Value);
            return Expression.Block(typeof(object), Expression.Assign(intVariable.Storage!, intValue), Null);
        }

        var value = Expression.Variable(typeof(object), "assigned");
        var target = LValueOf(s.Target)
            ?? throw new ParseException(ParseErrorKind.AssignmentToInvalidLHS, "Assignment to an invalid target", s.Position);
        var parts = new List<Expression> { Expression.Assign(value, s.Operator is null ? EmitOwned(s.Value) : Emit(s.Value)) };
        parts.AddRange(target.Setup);
        var newValue = s.Operator is { } op
            ? Call(nameof(Ops.Compound), _ctx, Expression.Constant(op), target.Load(), value, PosConst(s))
            : value;
        parts.Add(target.Store(Call(typeof(DataSize), nameof(DataSize.Check), _ctx, newValue, PosConst(s))));
        parts.Add(Null);
        return Expression.Block(typeof(object), target.Temps.Append(value), parts);
    }
}
