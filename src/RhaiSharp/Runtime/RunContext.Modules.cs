using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;

namespace RhaiSharp.Runtime;

// Imported modules (Rhai: GlobalRuntimeState's import stack). A stack, searched from the top: an import inside a block
// or function is dropped when the block ends or the function returns.
internal sealed partial class RunContext
{
    private List<KeyValuePair<string, Module>>? _imports;

    /// <summary>Number of <c>import</c> statements executed by this run (for <c>MaxModules</c>), nested module runs included.</summary>
    public int ModulesLoaded;

    /// <summary>Height of the import stack.</summary>
    public int ImportCount => _imports?.Count ?? 0;

    public CancellationToken Cancellation => _cancellation;

    /// <summary>The imports currently visible, bottom first.</summary>
    public IReadOnlyList<KeyValuePair<string, Module>> Imports => (IReadOnlyList<KeyValuePair<string, Module>>?)_imports ?? [];

    public void PushImport(string name, Module module) => (_imports ??= []).Add(new(name, module));

    public void TruncateImports(int count)
    {
        if (_imports is { } imports && imports.Count > count)
        {
            imports.RemoveRange(count, imports.Count - count);
        }
    }

    public Module? FindImport(string name)
    {
        if (_imports is { } imports)
        {
            for (var i = imports.Count - 1; i >= 0; i--)
            {
                if (imports[i].Key == name)
                {
                    return imports[i].Value;
                }
            }
        }

        return null;
    }

    /// <summary>Replaces the import stack (to run a module's function in the module's environment); returns the old one.</summary>
    public List<KeyValuePair<string, Module>>? SwapImports(List<KeyValuePair<string, Module>>? imports)
    {
        var old = _imports;
        _imports = imports;
        return old;
    }

    /// <summary>A context to run a module script imported by this run: same limits, cancellation and counters, one call level deeper.</summary>
    public RunContext ForModule(IScriptFunctionTable functions, Scope scope, ModuleResolutionContext import)
    {
        var importPosition = import.Position;
        var child = new RunContext(Environment, functions, scope, _cancellation)
        {
            ModulesLoaded = ModulesLoaded,
            VariableCount = VariableCount,
            ResolvingImport = import,
        };
        child._operations = _operations;
        child.CallDepth = CallDepth;
        child.EnterCall(importPosition.Pack());
        return child;
    }

    /// <summary>Takes back the counters of a finished module run.</summary>
    /// <summary>In the run of a module script: the import it is being run for (null in any other run).</summary>
    public ModuleResolutionContext? ResolvingImport { get; private init; }

    public void AbsorbModuleRun(RunContext child)
    {
        _operations = child._operations;
        ModulesLoaded = child.ModulesLoaded;
    }
}
