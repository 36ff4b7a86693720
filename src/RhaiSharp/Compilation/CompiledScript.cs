using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>
/// The compiled form of an <see cref="Ast"/>: its main program and its function table. Cached with the Ast and
/// shared by every engine and thread; holds no per-run state.
/// </summary>
internal sealed class CompiledScript : IScriptFunctionTable
{
    private readonly Dictionary<(string Name, int Arity), ScriptFunction> _functions = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private const int ColdRuns = 2;

    private ScopeRule? _rule;
    private bool _ruleAnalyzed;
    private readonly MainProgram _withScope = new(exportToScope: true);
    private readonly MainProgram _withoutScope = new(exportToScope: false);
    private IReadOnlySet<(string Name, int Arity)>? _intFunctions;
    private static readonly IReadOnlySet<(string Name, int Arity)> NoIntFunctions = new HashSet<(string Name, int Arity)>();

    private CompiledScript(Ast ast, CompilerChoice choice)
    {
        Ast = ast;
        Choice = choice;
        foreach (var def in ast.Functions)
        {
            _functions[(def.Name, def.Parameters.Length)] = new ScriptFunction(this, def, []);
            _names.Add(def.Name);
        }
    }

    public Ast Ast { get; }

    public CompilerChoice Choice { get; }

    public static CompiledScript For(Ast ast, CompilerChoice choice = CompilerChoice.Tiered) =>
        choice == CompilerChoice.Tiered
            ? ast.GetOrAddCompiled(a => new CompiledScript(a, CompilerChoice.Tiered))
            : new CompiledScript(ast, choice);

    /// <summary>The main program, exporting its top-level variables to the run's scope when the run ends.</summary>
    public CompiledBody Main => _withScope.Get(this);

    /// <summary>
    /// The main program for a run without a host scope: nothing to export, so no protected region around the body.
    /// (A variable live into a <c>finally</c> is written to memory on every assignment, which made loops 3–4× slower.)
    /// </summary>
    public CompiledBody MainWithoutScope => _withoutScope.Get(this);

    /// <summary>One variant of the main program: lowered once, interpreted for its first runs when loop-free, then compiled.</summary>
    private sealed class MainProgram(bool exportToScope)
    {
        private CompiledBody? _compiled;
        private CompiledBody? _interpreted;
        private System.Linq.Expressions.Expression<CompiledBody>? _tree;
        private int _runs;

        public CompiledBody Get(CompiledScript script)
        {
            if (_compiled is { } compiled)
            {
                return compiled;
            }

            var tree = Tree(script);
            if (script.Choice == CompilerChoice.Tiered && Interlocked.Increment(ref _runs) <= ColdRuns && LoopFinder.IsLoopFree(script.Ast.Statements))
            {
                if (_interpreted is { } interpreted)
                {
                    return interpreted;
                }

                var created = DelegateCompiler.Interpret(tree);
                return Interlocked.CompareExchange(ref _interpreted, created, null) ?? created;
            }

            var fresh = DelegateCompiler.Compile(tree, script.Choice);
            return Interlocked.CompareExchange(ref _compiled, fresh, null) ?? fresh;
        }

        private System.Linq.Expressions.Expression<CompiledBody> Tree(CompiledScript script)
        {
            if (_tree is { } tree)
            {
                return tree;
            }

            var lowered = FunctionCompiler.LowerMain(script, exportToScope);
            return Interlocked.CompareExchange(ref _tree, lowered, null) ?? lowered;
        }
    }

    /// <summary>The main program as a typed rule over scope variables, or null when it is not a single rule-shaped expression.</summary>
    public ScopeRule? Rule
    {
        get
        {
            if (!Volatile.Read(ref _ruleAnalyzed))
            {
                _rule = ScopeRule.For(Ast, Choice);
                Volatile.Write(ref _ruleAnalyzed, true);
            }

            return _rule;
        }
    }

    /// <summary>The functions with a typed INT entry (computed on first use; the same set whichever thread computes it).</summary>
    public IReadOnlySet<(string Name, int Arity)> IntFunctionSet =>
        _intFunctions ??= _functions.Count == 0 ? NoIntFunctions : IntFunctions.Find(Ast.Functions);

    public ScriptCallable? Find(string name, int arity) => _functions.GetValueOrDefault((name, arity));

    public ScriptFunction? FindFunction(string name, int arity) => _functions.GetValueOrDefault((name, arity));

    public bool HasName(string name) => _names.Contains(name);

    public IEnumerable<FunctionDef> Definitions => _functions.Values.Select(f => f.Definition);
}
