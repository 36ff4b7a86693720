using RulesEngine.SyntaxTree;

namespace RulesEngine.Compilation;

/// <summary>Identifies one variable declaration: the node that declares it and the name.</summary>
internal readonly record struct DeclarationKey(object Owner, string Name);

/// <summary>
/// Finds which variables closures capture (Rhai's auto-currying of shared values). A captured variable is stored in a
/// <see cref="Values.SharedCell"/> from its declaration on, so the declaring code and every closure see one value.
/// Each closure's capture list is ordered by first use, and lists the names it must receive from its creator
/// (including names only its own nested closures use).
/// </summary>
internal sealed class CaptureAnalyzer
{
    private readonly List<FunctionFrame> _frames = [];

    private CaptureAnalyzer()
    {
    }

    public HashSet<DeclarationKey> Captured { get; } = [];

    public Dictionary<ClosureExpr, List<string>> ClosureCaptures { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Analyses a function body; <paramref name="outerNames"/> are names the body receives as cells (a closure's captures).</summary>
    public static CaptureAnalyzer Analyze(IEnumerable<Stmt> body, IEnumerable<DeclarationKey> parameters, IEnumerable<string> outerNames)
    {
        var analyzer = new CaptureAnalyzer();
        var outer = new FunctionFrame(null);
        foreach (var name in outerNames)
        {
            outer.Declare(new DeclarationKey(outer, name));
        }

        analyzer._frames.Add(outer);
        var frame = new FunctionFrame(null);
        analyzer._frames.Add(frame);
        foreach (var p in parameters)
        {
            frame.Declare(p);
        }

        foreach (var s in body)
        {
            analyzer.Visit(s);
        }

        return analyzer;
    }

    private FunctionFrame Current => _frames[^1];

    private void Declare(object owner, string name) => Current.Declare(new DeclarationKey(owner, name));

    private void Reference(string name)
    {
        for (var f = _frames.Count - 1; f >= 0; f--)
        {
            if (_frames[f].Lookup(name) is { } key)
            {
                if (f < _frames.Count - 1)
                {
                    Captured.Add(key);
                    for (var c = f + 1; c < _frames.Count; c++)
                    {
                        if (_frames[c].Closure is not { } closure)
                        {
                            continue;
                        }

                        var list = ClosureCaptures[closure];
                        if (!list.Contains(name))
                        {
                            list.Add(name);
                        }
                    }
                }

                return;
            }
        }
    }

    private void Block(IEnumerable<Stmt> statements)
    {
        Current.Push();
        foreach (var s in statements)
        {
            Visit(s);
        }

        Current.Pop();
    }

    private void Visit(Stmt stmt)
    {
        switch (stmt)
        {
            case ExprStmt s:
                Visit(s.Expression);
                break;
            case LetStmt s:
                if (s.Value is not null)
                {
                    Visit(s.Value);
                }

                Declare(s, s.Name);
                break;
            case AssignStmt s:
                Visit(s.Value);
                Visit(s.Target);
                break;
            case BlockStmt s:
                Block(s.Statements);
                break;
            case IfStmt s:
                Visit(s.Condition);
                Visit(s.Then);
                if (s.Else is not null)
                {
                    Visit(s.Else);
                }

                break;
            case SwitchStmt s:
                Visit(s.Subject);
                foreach (var c in s.Cases)
                {
                    foreach (var p in c.Patterns)
                    {
                        Visit(p);
                    }

                    if (c.Guard is not null)
                    {
                        Visit(c.Guard);
                    }

                    Visit(c.Body);
                }

                if (s.Default is not null)
                {
                    Visit(s.Default);
                }

                break;
            case WhileStmt s:
                Visit(s.Condition);
                Visit(s.Body);
                break;
            case LoopStmt s:
                Visit(s.Body);
                break;
            case DoStmt s:
                Visit(s.Body);
                Visit(s.Condition);
                break;
            case ForStmt s:
                Visit(s.Iterable);
                Current.Push();
                Declare(s, s.Variable);
                if (s.CounterVariable is not null)
                {
                    Declare(s, s.CounterVariable);
                }

                Visit(s.Body);
                Current.Pop();
                break;
            case BreakStmt { Value: { } v }:
                Visit(v);
                break;
            case ReturnStmt { Value: { } v }:
                Visit(v);
                break;
            case ThrowStmt { Value: { } v }:
                Visit(v);
                break;
            case TryStmt s:
                Visit(s.Body);
                Current.Push();
                if (s.CatchVariable is not null)
                {
                    Declare(s, s.CatchVariable);
                }

                Visit(s.CatchBody);
                Current.Pop();
                break;
            case ImportStmt s:
                Visit(s.Path);
                if (s.Alias is not null)
                {
                    Declare(s, s.Alias);
                }

                break;
            case ExportStmt s:
                foreach (var item in s.Items)
                {
                    Reference(item.Name);
                }

                break;
        }
    }

    private void Visit(Expr expr)
    {
        // Left-deep operator chains can be thousands of levels: walk their spine iteratively.
        while (expr is BinaryExpr chain)
        {
            Visit(chain.Right);
            expr = chain.Left;
        }

        switch (expr)
        {
            case VariableExpr v when v.Namespace.IsEmpty:
                Reference(v.Name);
                break;
            case InterpolatedStringExpr e:
                foreach (var p in e.Parts)
                {
                    Visit(p);
                }

                break;
            case ArrayExpr e:
                foreach (var i in e.Items)
                {
                    Visit(i);
                }

                break;
            case MapExpr e:
                foreach (var entry in e.Entries)
                {
                    Visit(entry.Value);
                }

                break;
            case UnaryExpr e:
                Visit(e.Operand);
                break;
            case CallExpr e:
                foreach (var a in e.Arguments)
                {
                    Visit(a);
                }

                break;
            case MethodCallExpr e:
                Visit(e.Target);
                foreach (var a in e.Arguments)
                {
                    Visit(a);
                }

                break;
            case PropertyExpr e:
                Visit(e.Target);
                break;
            case IndexExpr e:
                Visit(e.Target);
                Visit(e.Index);
                break;
            case StatementExpr e:
                Visit(e.Statement);
                break;
            case ClosureExpr e:
                ClosureCaptures[e] = [];
                var frame = new FunctionFrame(e);
                _frames.Add(frame);
                foreach (var p in e.Function.Parameters)
                {
                    frame.Declare(new DeclarationKey(e.Function, p));
                }

                Visit(e.Function.Body);
                _frames.RemoveAt(_frames.Count - 1);
                break;
        }
    }

    private sealed class FunctionFrame
    {
        private readonly List<Dictionary<string, DeclarationKey>> _scopes = [new(StringComparer.Ordinal)];

        public FunctionFrame(ClosureExpr? closure)
        {
            Closure = closure;
        }

        public ClosureExpr? Closure { get; }

        public void Push() => _scopes.Add(new Dictionary<string, DeclarationKey>(StringComparer.Ordinal));

        public void Pop() => _scopes.RemoveAt(_scopes.Count - 1);

        public void Declare(DeclarationKey key) => _scopes[^1][key.Name] = key;

        public DeclarationKey? Lookup(string name)
        {
            for (var i = _scopes.Count - 1; i >= 0; i--)
            {
                if (_scopes[i].TryGetValue(name, out var key))
                {
                    return key;
                }
            }

            return null;
        }
    }
}
