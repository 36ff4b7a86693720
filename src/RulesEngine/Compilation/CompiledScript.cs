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
    private CompiledBody? _main;

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

    public static CompiledScript For(Ast ast, CompilerChoice choice = CompilerChoice.Fast) =>
        choice == CompilerChoice.Fast
            ? ast.GetOrAddCompiled(a => new CompiledScript(a, CompilerChoice.Fast))
            : new CompiledScript(ast, choice);

    public CompiledBody Main
    {
        get
        {
            if (_main is { } main)
            {
                return main;
            }

            var compiled = FunctionCompiler.CompileMain(this);
            return Interlocked.CompareExchange(ref _main, compiled, null) ?? compiled;
        }
    }

    public ScriptCallable? Find(string name, int arity) => _functions.GetValueOrDefault((name, arity));

    public ScriptFunction? FindFunction(string name, int arity) => _functions.GetValueOrDefault((name, arity));

    public bool HasName(string name) => _names.Contains(name);

    public IEnumerable<FunctionDef> Definitions => _functions.Values.Select(f => f.Definition);
}
