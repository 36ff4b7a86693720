using System.Collections.Immutable;
using RulesEngine.Runtime;
using RulesEngine.SyntaxTree;
using RulesEngine.Values;

namespace RulesEngine.Compilation;

/// <summary>
/// A script function or closure of a compiled script. Its body is compiled on first call and published atomically,
/// so every engine and thread running the script shares one delegate.
/// </summary>
internal sealed class ScriptFunction : ScriptCallable
{
    private readonly CompiledScript _script;
    private CompiledBody? _body;

    public ScriptFunction(CompiledScript script, FunctionDef definition, ImmutableArray<string> capturedNames)
    {
        _script = script;
        Definition = definition;
        CapturedNames = capturedNames;
    }

    public FunctionDef Definition { get; }

    /// <summary>For closures: the outer variables it captures, in the order of its captured cells.</summary>
    public ImmutableArray<string> CapturedNames { get; }

    public override string Name => Definition.Name;

    public override int Arity => Definition.Parameters.Length;

    public override object? Invoke(RunContext context, object?[] args, SharedCell[]? captured, ThisRef? self, Position callPosition)
    {
        var body = _body ?? Compile();
        context.EnterCall(callPosition);
        context.TickAt(callPosition.Pack());
        var variables = context.VariableCount;
        var imports = context.ImportCount;
        try
        {
            if (args.Length > 0)
            {
                context.DeclareVariables(args.Length, callPosition.Pack());
            }

            return body(context, args, captured, self);
        }
        catch (RuntimeException e) when (e.IsCatchable && RecordFrame(e, callPosition))
        {
            throw;
        }
        finally
        {
            context.VariableCount = variables;
            context.TruncateImports(imports);
            context.ExitCall();
        }
    }

    // Runs in the exception filter, before unwinding: records the frame without catching and rethrowing.
    private bool RecordFrame(RuntimeException e, Position callPosition)
    {
        e.AddFrame(Definition.IsClosure ? "<closure>" : Name, callPosition);
        return false;
    }

    private CompiledBody Compile()
    {
        var body = FunctionCompiler.CompileFunction(_script, this);
        return Interlocked.CompareExchange(ref _body, body, null) ?? body;
    }
}
