using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// Builds a <see cref="FunctionBinding"/> in one walk of the body, with Rhai's block scoping (<see cref="ScopedWalker"/>):
/// closures are walked as frames of their own, for what they capture; everything else is recorded for the body's own frame.
/// </summary>
internal sealed class FunctionBinder : ScopedWalker
{
    private readonly FunctionBinding _binding;

    // The closure of each frame: null for the names received from outside and for the body itself.
    private readonly List<ClosureExpr?> _closures = [null];
    private int _ownFrame;

    private FunctionBinder(FunctionBinding binding) => _binding = binding;

    private bool InOwnFrame => FrameCount - 1 == _ownFrame;

    public static FunctionBinding Bind(IEnumerable<Stmt> body, List<DeclarationKey> parameters, IReadOnlyList<string> outerNames)
    {
        var binding = new FunctionBinding(parameters);
        var binder = new FunctionBinder(binding);
        var outer = new object();
        foreach (var name in outerNames)
        {
            binder.Declare(new DeclarationKey(outer, name), null);
        }

        binder.EnterFrame(null);
        binder._ownFrame = binder.FrameCount - 1;
        foreach (var p in parameters)
        {
            binder.Declare(p, null);
        }

        binder.Walk(body);

        // The weight is the body's own: its parameters are not part of it.
        binding.Weight -= parameters.Count;
        return binding;
    }

    private void EnterFrame(ClosureExpr? closure)
    {
        PushFrame();
        _closures.Add(closure);
    }

    protected override void OnDeclare(DeclarationKey key, Expr? value, DeclarationKind kind, bool shadows)
    {
        if (!InOwnFrame)
        {
            return;
        }

        if (shadows && key.Owner is LetStmt let)
        {
            _binding.Shadowing.Add(let);
        }

        _binding.Weight++;
        switch (kind)
        {
            case DeclarationKind.LoopVariable:
                value = ((ForStmt)key.Owner).Iterable is BinaryExpr { Operator: BinaryOperator.Range or BinaryOperator.RangeInclusive } range
                    ? new BinaryExpr(range.Position, BinaryOperator.Add, range.Left, range.Right)
                    : null;
                if (value is BinaryExpr { Left: LiteralExpr { Value: >= 0L } })
                {
                    _binding.StartNonNegative.Add(key);
                }

                break;
            case DeclarationKind.LoopCounter:
                _binding.LoopCounters.Add(key);
                _binding.StartNonNegative.Add(key);
                break;
        }

        if (!_binding.Values.TryGetValue(key, out var values))
        {
            _binding.Values[key] = values = [];
        }

        values.Add(value);
    }

    protected override void OnReference(VariableExpr use)
    {
        if (InOwnFrame)
        {
            _binding.Weight++;
        }

        if (Lookup(use.Name) is not { } found)
        {
            return;
        }

        if (InOwnFrame)
        {
            _binding.References[use] = found.Key;
        }

        // A use resolved in an enclosing frame captures the variable, and every closure in between must pass it on.
        if (found.Frame == FrameCount - 1)
        {
            return;
        }

        _binding.Captured.Add(found.Key);
        for (var c = found.Frame + 1; c < FrameCount; c++)
        {
            if (_closures[c] is { } closure && _binding.ClosureCaptures[closure] is var list && !list.Contains(use.Name))
            {
                list.Add(use.Name);
            }
        }
    }

    protected override void OnAssign(AssignStmt assignment)
    {
        if (!InOwnFrame)
        {
            return;
        }

        _binding.Weight++;
        MarkChangedInPlace(assignment.Target);
        if (assignment.Target is not VariableExpr { Namespace.IsEmpty: true } target || Lookup(target.Name) is not { } found)
        {
            return;
        }

        if (assignment.Operator is { } op && !TypeInference.IsIntOperator(op))
        {
            _binding.Untypable.Add(found.Key);
        }

        if (_binding.Values.TryGetValue(found.Key, out var values))
        {
            values.Add(assignment.Value);
        }
    }

    protected override void OnMethodCall(MethodCallExpr call)
    {
        if (InOwnFrame)
        {
            _binding.Weight++;
            MarkChangedInPlace(call.Target);
        }
    }

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
                    _binding.ChangedInPlace.Add(found.Key);
                    return;
                default:
                    return;
            }
        }
    }

    protected override void OnReturn(ReturnStmt statement)
    {
        if (InOwnFrame)
        {
            _binding.Weight++;
            _binding.Returns.Add(statement);
        }
    }

    protected override void OnCall(CallExpr call)
    {
        if (!InOwnFrame)
        {
            return;
        }

        _binding.Weight++;
        _binding.Calls.Add(call);
        if (call is { Name: "is_def_var", Arguments: [LiteralExpr { Value: string name }] } && call.Namespace.IsEmpty)
        {
            _binding.DefinedHere[call] = Lookup(name) is not null;
        }

        if (call.Namespace.IsEmpty && call.Name == "eval")
        {
            // eval may read or write any variable visible here by name.
            _binding.ActsOnOwnFrame = true;
            _binding.Untypable.UnionWith(FrameDeclarations);
        }
    }

    // The alias shadows outer names for capture purposes (the parser treats it as a constant name).
    protected override void OnImport(ImportStmt import)
    {
        if (InOwnFrame)
        {
            _binding.ActsOnOwnFrame = true;
        }

        if (import.Alias is not null)
        {
            Declare(new DeclarationKey(import, import.Alias), null);
        }
    }

    protected override void VisitClosure(ClosureExpr closure)
    {
        if (InOwnFrame)
        {
            _binding.ActsOnOwnFrame = true;
        }

        _binding.ClosureCaptures[closure] = [];
        EnterFrame(closure);
        foreach (var p in closure.Function.Parameters)
        {
            Declare(DeclarationKey.ParameterOf(closure.Function, p), null);
        }

        Visit(closure.Function.Body);
        PopFrame();
        _closures.RemoveAt(_closures.Count - 1);

        // Back where the closure is created: what each name it receives means here.
        if (InOwnFrame)
        {
            _binding.ClosureCaptureKeys[closure] = [.. _binding.ClosureCaptures[closure]
                .Select(name => (name, Lookup(name)?.Key)).Where(c => c.Key is not null).Select(c => (c.name, c.Key!.Value))];
        }
    }
}
