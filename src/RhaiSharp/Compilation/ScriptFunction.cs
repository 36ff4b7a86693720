using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;
using RhaiSharp.Values;

namespace RhaiSharp.Compilation;

/// <summary>
/// A script function or closure of a compiled script. Its body is compiled on first call and published atomically,
/// so every engine and thread running the script shares one delegate.
/// </summary>
internal sealed class ScriptFunction : ScriptCallable
{
    private readonly CompiledScript _script;
    private CompiledBody? _body;
    private Specialization? _specialization;
    private Delegate? _intEntry;
    private System.Collections.Concurrent.ConcurrentDictionary<Type, Delegate?>? _direct;
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

        // No protected region: an error leaves the depth, variables and imports to whoever stops it (RunContext.Unwind).
        var variables = context.VariableCount;
        var imports = context.ImportCount;
        var depth = context.EnterFunction(this, args.Length, callPosition.Pack());
        var result = body(context, args, captured, self);
        context.TruncateImports(imports);
        context.ExitFunction(depth, variables);
        return result;
    }

    public override string FrameName => Definition.IsClosure ? "<closure>" : Name;

    /// <summary>
    /// The typed entry (see <see cref="IntFunctions"/>): INT arguments in, an INT out, no argument array, no boxing; a
    /// delegate of type <see cref="FunctionCompiler.IntEntryType"/>, compiled on first use.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Delegate IntEntry() => _intEntry ?? CompileIntEntry();

    private Delegate CompileIntEntry()
    {
        var entry = FunctionCompiler.CompileIntFunction(_script, this);
        return Interlocked.CompareExchange(ref _intEntry, entry, null) ?? entry;
    }

    /// <summary>
    /// The function compiled straight to <typeparamref name="TDelegate"/> over the host's types (see
    /// <see cref="DirectFunctionCompiler"/>), or null when its body does not allow it. Compiled once per delegate type.
    /// </summary>
    public TDelegate? Direct<TDelegate>()
        where TDelegate : Delegate
    {
        var cache = LazyInitializer.EnsureInitialized(ref _direct);
        return (TDelegate?)cache.GetOrAdd(typeof(TDelegate), static (_, self) => DirectFunctionCompiler.TryCompile<TDelegate>(self.Definition, self._script.Choice), this);
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
