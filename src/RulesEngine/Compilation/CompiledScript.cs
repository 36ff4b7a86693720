using RulesEngine.Runtime;
using RulesEngine.SyntaxTree;

namespace RulesEngine.Compilation;

/// <summary>
/// The compiled form of an <see cref="Ast"/>: its main program and its function table. Cached with the Ast and
/// shared by every engine and thread; holds no per-run state.
/// </summary>
internal sealed class CompiledScript : IScriptFunctionTable
{
    private readonly Dictionary<(string Name, int Arity), ScriptFunction> _functions = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private const int ColdRuns = 2;

    private CompiledBody? _main;
    private CompiledBody? _interpreted;
    private System.Linq.Expressions.Expression<CompiledBody>? _mainTree;
    private int _runs;
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

    public CompiledBody Main
    {
        get
        {
            if (_main is { } main)
            {
                return main;
            }

            var tree = MainTree;
            if (Choice == CompilerChoice.Tiered && Interlocked.Increment(ref _runs) <= ColdRuns && LoopFinder.IsLoopFree(Ast.Statements))
            {
                if (_interpreted is { } interpreted)
                {
                    return interpreted;
                }

                var created = DelegateCompiler.Interpret(tree);
                return Interlocked.CompareExchange(ref _interpreted, created, null) ?? created;
            }

            var compiled = DelegateCompiler.Compile(tree, Choice);
            return Interlocked.CompareExchange(ref _main, compiled, null) ?? compiled;
        }
    }

    /// <summary>The main program's expression tree, lowered once and shared by its interpreted and compiled forms.</summary>
    private System.Linq.Expressions.Expression<CompiledBody> MainTree
    {
        get
        {
            if (_mainTree is { } tree)
            {
                return tree;
            }

            var lowered = FunctionCompiler.LowerMain(this);
            return Interlocked.CompareExchange(ref _mainTree, lowered, null) ?? lowered;
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
