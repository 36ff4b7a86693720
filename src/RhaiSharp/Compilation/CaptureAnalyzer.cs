using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// Finds which variables closures capture (Rhai's auto-currying of shared values). A captured variable is stored in a
/// <see cref="Values.SharedCell"/> from its declaration on, so the declaring code and every closure see one value.
/// Each closure's capture list is ordered by first use, and lists the names it must receive from its creator
/// (including names only its own nested closures use).
/// </summary>
internal sealed class CaptureAnalyzer : ScopedWalker
{
    // The closure of each frame (null for the outer names and the analysed body itself).
    private readonly List<ClosureExpr?> _closures = [null];

    private CaptureAnalyzer()
    {
    }

    public HashSet<DeclarationKey> Captured { get; } = [];

    public Dictionary<ClosureExpr, List<string>> ClosureCaptures { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Analyses a function body; <paramref name="outerNames"/> are names the body receives as cells (a closure's captures).</summary>
    public static CaptureAnalyzer Analyze(IEnumerable<Stmt> body, IEnumerable<DeclarationKey> parameters, IEnumerable<string> outerNames)
    {
        var analyzer = new CaptureAnalyzer();
        var outer = new object();
        foreach (var name in outerNames)
        {
            analyzer.Declare(new DeclarationKey(outer, name), null);
        }

        analyzer.EnterFrame(null);
        foreach (var p in parameters)
        {
            analyzer.Declare(p, null);
        }

        analyzer.Walk(body);
        return analyzer;
    }

    private void EnterFrame(ClosureExpr? closure)
    {
        PushFrame();
        _closures.Add(closure);
    }

    protected override void OnReference(VariableExpr use)
    {
        // A use resolved in an enclosing frame captures the variable, and every closure in between must pass it on.
        if (Lookup(use.Name) is not { } found || found.Frame == FrameCount - 1)
        {
            return;
        }

        var (key, frame) = found;
        Captured.Add(key);
        for (var c = frame + 1; c < FrameCount; c++)
        {
            if (_closures[c] is { } closure && ClosureCaptures[closure] is var list && !list.Contains(use.Name))
            {
                list.Add(use.Name);
            }
        }
    }

    // The alias shadows outer names for capture purposes (the parser treats it as a constant name).
    protected override void OnImport(ImportStmt import)
    {
        if (import.Alias is not null)
        {
            Declare(new DeclarationKey(import, import.Alias), null);
        }
    }

    protected override void VisitClosure(ClosureExpr closure)
    {
        ClosureCaptures[closure] = [];
        EnterFrame(closure);
        foreach (var p in closure.Function.Parameters)
        {
            Declare(new DeclarationKey(closure.Function, p), null);
        }

        Visit(closure.Function.Body);
        PopFrame();
        _closures.RemoveAt(_closures.Count - 1);
    }
}
