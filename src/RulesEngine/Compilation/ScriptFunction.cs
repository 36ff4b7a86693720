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
    private Specialization? _specialization;
    private int _calls;

    // A function called this often gets its INT-specialized body compiled (cold functions never pay for it).
    private const int HotCalls = 16;

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
        if (_specialization is { } special)
        {
            if (special.Body is { } fast && special.Accepts(args))
            {
                body = fast;
            }
        }
        else if (Interlocked.Increment(ref _calls) == HotCalls)
        {
            Specialize();
        }

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

    // Numeric code is common in rules (fib, counters): a variant of the body that keeps INT parameters unboxed
    // runs whenever the arguments are INTs; anything else takes the general body.
    private void Specialize()
    {
        var special = FunctionCompiler.CompileFunction(_script, this, assumeIntParameters: true, out var intParameters);
        Interlocked.CompareExchange(ref _specialization, new Specialization(special, intParameters), null);
    }

    /// <summary>An INT-specialized body and which arguments must be INTs for it to apply.</summary>
    private sealed class Specialization(CompiledBody? body, bool[]? intParameters)
    {
        public CompiledBody? Body { get; } = body;

        public bool Accepts(object?[] args)
        {
            var ints = intParameters!;
            for (var i = 0; i < ints.Length; i++)
            {
                if (ints[i] && args[i] is not long)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
