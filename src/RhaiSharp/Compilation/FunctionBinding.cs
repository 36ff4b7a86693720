using System.Runtime.CompilerServices;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// A function body (or the main program) with every variable use resolved to the declaration it refers to, and what
/// each declaration is given, captured by and changed by: the one scope analysis of a body. Built by one walk
/// (<see cref="FunctionBinder"/>), cached per body, and read by every later pass — closure captures, INT typing (for
/// every speculation and every round of <see cref="IntFunctions"/>), self-call inlining and the emitter.
/// Immutable once built, so a body compiled by several threads shares one binding.
/// </summary>
internal sealed class FunctionBinding
{
    private static readonly ConditionalWeakTable<object, FunctionBinding> Cache = [];

    internal FunctionBinding(List<DeclarationKey> parameters)
    {
        Parameters = parameters;
    }

    /// <summary>The body's parameters, in order (none for the main program).</summary>
    public List<DeclarationKey> Parameters { get; }

    /// <summary>The declaration each plain variable use of the body's own frame refers to; a use not listed is not a local.</summary>
    public Dictionary<Expr, DeclarationKey> References { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Every value each of the body's own declarations is given, in order: its initializer (null when it has none or
    /// gets one from outside), then each assigned value. A range loop's item is given <c>start + end</c>, which is an
    /// INT exactly when both bounds are.
    /// </summary>
    public Dictionary<DeclarationKey, List<Expr?>> Values { get; } = [];

    /// <summary>Declarations given a value by a compound assignment with a non-INT operator, or visible to <c>eval</c>.</summary>
    public HashSet<DeclarationKey> Untypable { get; } = [];

    /// <summary>The counters of <c>for (item, counter) in …</c>: INTs by construction.</summary>
    public HashSet<DeclarationKey> LoopCounters { get; } = [];

    /// <summary>Declarations that start non-negative: counters, and items of a range starting at a non-negative literal.</summary>
    public HashSet<DeclarationKey> StartNonNegative { get; } = [];

    /// <summary>Declarations changed without being assigned by name: an element or property store, or a method on them.</summary>
    public HashSet<DeclarationKey> ChangedInPlace { get; } = [];

    /// <summary>The body's own <c>return</c> statements.</summary>
    public List<ReturnStmt> Returns { get; } = [];

    /// <summary>Declarations (of this body or the names it receives) that a closure captures: they live in shared cells.</summary>
    public HashSet<DeclarationKey> Captured { get; } = [];

    /// <summary>For each closure in the body, the names it receives from its creator, in order of first use.</summary>
    public Dictionary<ClosureExpr, List<string>> ClosureCaptures { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// For each closure the body creates, the names it receives that are variables where it is created, each with the
    /// declaration it means there (a name that is not one stays free inside the closure: a global or scope variable).
    /// </summary>
    public Dictionary<ClosureExpr, List<(string Name, DeclarationKey Key)>> ClosureCaptureKeys { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The <c>let</c>s of the body's own frame whose name was already visible (they reuse its slot in Rhai's scope).</summary>
    public HashSet<LetStmt> Shadowing { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>For each <c>is_def_var("name")</c> with a literal name, whether a variable of that name is visible there.</summary>
    public Dictionary<CallExpr, bool> DefinedHere { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Calls of the body's own frame (not those inside its closures), in walk order.</summary>
    public List<CallExpr> Calls { get; } = [];

    /// <summary>Variable uses, calls, assignments, declarations and returns of the body's own frame.</summary>
    public int Weight { get; internal set; }

    /// <summary>Whether the body imports modules, creates closures or calls <c>eval</c> (which act on its own frame).</summary>
    public bool ActsOnOwnFrame { get; internal set; }

    /// <summary>The binding of a function; for a closure, <paramref name="capturedNames"/> are the names it receives as cells.</summary>
    public static FunctionBinding Of(FunctionDef definition, IReadOnlyList<string> capturedNames) =>
        Cache.GetValue(definition, _ => FunctionBinder.Bind(
            definition.Body.Statements, [.. definition.Parameters.Select(p => DeclarationKey.ParameterOf(definition, p))], capturedNames));

    /// <summary>The binding of a script's main program.</summary>
    public static FunctionBinding OfMain(Ast ast) => Cache.GetValue(ast, a => FunctionBinder.Bind(((Ast)a).Statements, [], []));
}
