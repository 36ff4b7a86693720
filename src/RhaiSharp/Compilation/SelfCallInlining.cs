using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// Decides whether a typed INT entry may inline its own recursive calls one level deep (<c>fib</c> calling <c>fib</c>):
/// every second level then runs without a delegate call, prologue and epilogue, while keeping the call's bookkeeping
/// (depth, frame, operation, variables). Only small bodies qualify, so the emitted code at most grows by the number of
/// self-calls times the body; bodies with imports, closures or <c>eval</c> (which act on the function's own frame) never do.
/// </summary>
internal sealed class SelfCallInlining : ScopedWalker
{
    /// <summary>Variable uses, calls, assignments, declarations and returns a body may have and still be inlined.</summary>
    public const int MaxWeight = 24;

    /// <summary>Self-calls a body may make and still be inlined: the entry then holds this many copies of the body.</summary>
    public const int MaxSelfCalls = 3;

    private readonly FunctionDef _function;
    private int _weight;
    private int _selfCalls;
    private bool _refused;

    private SelfCallInlining(FunctionDef function)
    {
        _function = function;
    }

    public static bool Allows(FunctionDef function)
    {
        var walker = new SelfCallInlining(function);
        walker.Walk(function.Body.Statements);
        return !walker._refused && walker._selfCalls is > 0 and <= MaxSelfCalls && walker._weight <= MaxWeight;
    }

    protected override void OnDeclare(DeclarationKey key, Expr? value, DeclarationKind kind) => _weight++;

    protected override void OnReference(VariableExpr use) => _weight++;

    protected override void OnAssign(AssignStmt assignment) => _weight++;

    protected override void OnReturn(ReturnStmt statement) => _weight++;

    protected override void OnMethodCall(MethodCallExpr call) => _weight++;

    protected override void OnCall(CallExpr call)
    {
        _weight++;
        if (call.Namespace.IsEmpty && call.Name == _function.Name && call.Arguments.Length == _function.Parameters.Length)
        {
            _selfCalls++;
        }

        if (call.Namespace.IsEmpty && call.Name == "eval")
        {
            _refused = true;
        }
    }

    protected override void OnImport(ImportStmt import) => _refused = true;

    protected override void VisitClosure(ClosureExpr closure) => _refused = true;
}
