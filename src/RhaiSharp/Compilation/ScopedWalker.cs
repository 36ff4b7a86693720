using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// Identifies one variable declaration: the node that declares it and the name. Built only by these factories, so the
/// binder, which records declarations, and the emitter, which gives each its storage, name the same declaration alike.
/// </summary>
internal readonly record struct DeclarationKey(object Owner, string Name)
{
    public static DeclarationKey Of(LetStmt let) => new(let, let.Name);

    public static DeclarationKey ItemOf(ForStmt loop) => new(loop, loop.Variable);

    public static DeclarationKey CounterOf(ForStmt loop) => new(loop, loop.CounterVariable!);

    public static DeclarationKey CatchOf(TryStmt statement) => new(statement, statement.CatchVariable!);

    public static DeclarationKey ParameterOf(FunctionDef function, string name) => new(function, name);
}

/// <summary>What declares a variable (analyses treat loop variables and counters specially).</summary>
internal enum DeclarationKind
{
    /// <summary><c>let</c>/<c>const</c>, a parameter or a <c>catch</c> variable.</summary>
    Variable,

    /// <summary>The item variable of a <c>for</c> loop (its owner is the <see cref="ForStmt"/>).</summary>
    LoopVariable,

    /// <summary>The counter variable of <c>for (item, counter) in …</c>.</summary>
    LoopCounter,
}

/// <summary>
/// Walks a function body in evaluation order with Rhai's block scoping, so that an analysis sees which declaration
/// every variable use refers to — the same resolution the compiler makes. Its one subclass, <see cref="FunctionBinder"/>,
/// records declarations, uses, assignments, returns and calls into a body's <see cref="FunctionBinding"/>, which every
/// later pass reads. Closure bodies are their own frames (<see cref="VisitClosure"/>): a function's variables are not
/// visible from another function.
/// </summary>
internal abstract class ScopedWalker
{
    private readonly List<List<Dictionary<string, DeclarationKey>>> _frames = [[new(StringComparer.Ordinal)]];

    /// <summary>Number of frames (function bodies) entered; the innermost is <c>FrameCount - 1</c>.</summary>
    protected int FrameCount => _frames.Count;

    private List<Dictionary<string, DeclarationKey>> Scopes => _frames[^1];

    /// <summary>Every declaration of the innermost frame, shadowed ones included.</summary>
    protected IEnumerable<DeclarationKey> FrameDeclarations => Scopes.SelectMany(s => s.Values);

    protected void PushFrame() => _frames.Add([new(StringComparer.Ordinal)]);

    protected void PopFrame() => _frames.RemoveAt(_frames.Count - 1);

    /// <summary>Declares a variable in the innermost scope, then tells the subclass.</summary>
    protected void Declare(DeclarationKey key, Expr? value, DeclarationKind kind = DeclarationKind.Variable)
    {
        var shadows = Lookup(key.Name) is not null;
        Scopes[^1][key.Name] = key;
        OnDeclare(key, value, kind, shadows);
    }

    /// <summary>The declaration a name refers to here, and the frame it belongs to.</summary>
    protected (DeclarationKey Key, int Frame)? Lookup(string name)
    {
        for (var f = _frames.Count - 1; f >= 0; f--)
        {
            var scopes = _frames[f];
            for (var i = scopes.Count - 1; i >= 0; i--)
            {
                if (scopes[i].TryGetValue(name, out var key))
                {
                    return (key, f);
                }
            }
        }

        return null;
    }

    /// <summary>A declaration; <paramref name="shadows"/> when the name was already visible here.</summary>
    protected virtual void OnDeclare(DeclarationKey key, Expr? value, DeclarationKind kind, bool shadows)
    {
    }

    /// <summary>A plain (un-namespaced) variable use.</summary>
    protected virtual void OnReference(VariableExpr use)
    {
    }

    /// <summary>An assignment, after its value and target have been visited.</summary>
    protected virtual void OnAssign(AssignStmt assignment)
    {
    }

    protected virtual void OnReturn(ReturnStmt statement)
    {
    }

    /// <summary>A function call, after its arguments have been visited.</summary>
    protected virtual void OnCall(CallExpr call)
    {
    }

    /// <summary>A method call (which may change its target in place), after its target and arguments have been visited.</summary>
    protected virtual void OnMethodCall(MethodCallExpr call)
    {
    }

    /// <summary>An <c>import</c>, after its path has been visited.</summary>
    protected virtual void OnImport(ImportStmt import)
    {
    }

    /// <summary>A closure literal; by default its body is not visited.</summary>
    protected virtual void VisitClosure(ClosureExpr closure)
    {
    }

    protected void Walk(IEnumerable<Stmt> statements)
    {
        foreach (var s in statements)
        {
            Visit(s);
        }
    }

    private void Block(IEnumerable<Stmt> statements)
    {
        Scopes.Add(new Dictionary<string, DeclarationKey>(StringComparer.Ordinal));
        Walk(statements);
        Scopes.RemoveAt(Scopes.Count - 1);
    }

    protected void Visit(Stmt stmt)
    {
        DepthGuard.EnterSyntax(stmt.Position);
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

                Declare(DeclarationKey.Of(s), s.Value);
                break;
            case AssignStmt s:
                Visit(s.Value);
                Visit(s.Target);
                OnAssign(s);
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
                Scopes.Add(new Dictionary<string, DeclarationKey>(StringComparer.Ordinal));
                Declare(DeclarationKey.ItemOf(s), null, DeclarationKind.LoopVariable);
                if (s.CounterVariable is not null)
                {
                    Declare(DeclarationKey.CounterOf(s), null, DeclarationKind.LoopCounter);
                }

                Visit(s.Body);
                Scopes.RemoveAt(Scopes.Count - 1);
                break;
            case BreakStmt { Value: { } v }:
                Visit(v);
                break;
            case ReturnStmt r:
                if (r.Value is not null)
                {
                    Visit(r.Value);
                }

                OnReturn(r);
                break;
            case ThrowStmt { Value: { } v }:
                Visit(v);
                break;
            case TryStmt s:
                Visit(s.Body);
                Scopes.Add(new Dictionary<string, DeclarationKey>(StringComparer.Ordinal));
                if (s.CatchVariable is not null)
                {
                    Declare(DeclarationKey.CatchOf(s), null);
                }

                Visit(s.CatchBody);
                Scopes.RemoveAt(Scopes.Count - 1);
                break;
            case ImportStmt s:
                Visit(s.Path);
                OnImport(s);
                break;
        }
    }

    protected void Visit(Expr expr)
    {
        DepthGuard.EnterSyntax(expr.Position);
        // Left-deep operator chains can be thousands of levels: walk their spine iteratively.
        while (expr is BinaryExpr chain)
        {
            Visit(chain.Right);
            expr = chain.Left;
        }

        switch (expr)
        {
            case VariableExpr v when v.Namespace.IsEmpty:
                OnReference(v);
                break;
            case InterpolatedStringExpr e:
                VisitAll(e.Parts);
                break;
            case ArrayExpr e:
                VisitAll(e.Items);
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
                VisitAll(e.Arguments);
                OnCall(e);
                break;
            case MethodCallExpr e:
                Visit(e.Target);
                VisitAll(e.Arguments);
                OnMethodCall(e);
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
                VisitClosure(e);
                break;
        }
    }

    private void VisitAll(IEnumerable<Expr> expressions)
    {
        foreach (var e in expressions)
        {
            Visit(e);
        }
    }
}
