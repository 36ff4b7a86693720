using RulesEngine.Compilation;
using RulesEngine.Packages;
using RulesEngine.Packages.Standard;
using RulesEngine.Runtime;

namespace RulesEngine;

/// <summary>
/// Compiles and runs Rhai scripts. Engines are cheap: create one per call or per request. Everything heavy —
/// function catalogs (<see cref="Module"/>) and compiled scripts (<see cref="Ast"/>) — is built once and shared.
/// An engine is not meant to be configured from several threads at once, but running scripts is thread-safe.
/// </summary>
public sealed partial class Engine
{
    // Engines are created per call: nothing here is allocated until it is needed, and the common shapes
    // (a raw engine plus one shared package, or a standard engine) share one runtime environment.
    private static readonly Action<string> ConsolePrint = Console.WriteLine;
    private static readonly Action<string, string?, Position> ConsoleDebug =
        (text, source, position) => Console.WriteLine(position.IsNone ? text : $"[{position}] {text}");

    private static readonly Func<RunContext, string, long, object?> Evaluate = EvaluateInRun;
    private static readonly IReadOnlyDictionary<string, Module> NoStaticModules = new Dictionary<string, Module>();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Module, RuntimeEnvironment> RawEnvironments = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Module, RuntimeEnvironment> ConsoleEnvironments = [];

    private Module[] _globalModules = [];
    private Dictionary<string, Module>? _staticModules;
    private Action<string>? _onPrint;
    private Action<string, string?, Position>? _onDebug;
    private Func<long, object?>? _onProgress;
    private RuntimeEnvironment? _environment;
    private EngineOptions _options = EngineOptions.Default;
    private ModuleBuilder? _hostModule;
    private int _hostModuleVersion;

    /// <summary>Creates an engine with the standard package; <c>print</c> and <c>debug</c> write to standard output.</summary>
    public Engine()
    {
        _globalModules = [StandardPackage.Instance.AsSharedModule()];
        _onPrint = ConsolePrint;
        _onDebug = ConsoleDebug;
    }

    private Engine(bool raw)
    {
        _ = raw;
    }

    /// <summary>Creates an engine with only the built-in operators: no standard functions, and print/debug do nothing.</summary>
    public static Engine CreateRaw() => new(raw: true);

    /// <summary>The engine's limits and language options.</summary>
    public EngineOptions Options
    {
        get => _options;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _options = value;
            _environment = null;
        }
    }

    /// <summary>Sends the text of every <c>print</c> to <paramref name="handler"/>.</summary>
    public Engine OnPrint(Action<string> handler)
    {
        _onPrint = handler;
        _environment = null;
        return this;
    }

    /// <summary>Sends every <c>debug</c> (text, source name, position) to <paramref name="handler"/>.</summary>
    public Engine OnDebug(Action<string, string?, Position> handler)
    {
        _onDebug = handler;
        _environment = null;
        return this;
    }

    /// <summary>
    /// Rhai's <c>on_progress</c>: <paramref name="handler"/> is called with the number of operations performed so far,
    /// every <c>1024</c> operations (amortized, unlike Rhai's once per operation). Returning a non-null value stops the
    /// run with a <see cref="RuntimeException"/> of kind <see cref="RuntimeErrorKind.Terminated"/> whose
    /// <see cref="RuntimeException.Value"/> is that value. Pass null to remove the handler.
    /// </summary>
    public Engine OnProgress(Func<long, object?>? handler)
    {
        _onProgress = handler;
        _environment = null;
        return this;
    }

    /// <summary>Makes a module's functions callable by their plain names. Later modules take precedence.</summary>
    public Engine RegisterGlobalModule(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        _globalModules = [.. _globalModules, module];
        _environment = null;
        return this;
    }

    /// <summary>Makes a module available as <c>name::function()</c> and <c>name::CONSTANT</c>.</summary>
    public Engine RegisterStaticModule(string name, Module module)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(module);
        (_staticModules ??= new Dictionary<string, Module>(StringComparer.Ordinal))[name] = module;
        _environment = null;
        return this;
    }

    internal CompilerChoice Compiler { get; set; } = CompilerChoice.Tiered;

    internal RuntimeEnvironment Environment
    {
        get
        {
            var environment = _environment;
            if (environment is not null && (_hostModule is null || _hostModule.Version == _hostModuleVersion))
            {
                return environment;
            }

            if (_hostModule is null && _staticModules is null && _moduleResolver is null && _onProgress is null && _globalModules.Length == 1
                && ReferenceEquals(_options, EngineOptions.Default) && Compiler == CompilerChoice.Tiered)
            {
                var table = _onPrint is null && _onDebug is null ? RawEnvironments
                    : ReferenceEquals(_onPrint, ConsolePrint) && ReferenceEquals(_onDebug, ConsoleDebug) ? ConsoleEnvironments
                    : null;
                if (table is not null)
                {
                    return _environment = table.GetValue(_globalModules[0], m => CreateEnvironment([m], NoStaticModules, EngineOptions.Default, _onPrint, _onDebug));
                }
            }

            Module[] modules;
            if (_hostModule is null)
            {
                modules = _globalModules;
            }
            else
            {
                // The engine's own functions (RegisterFn / RegisterType) are searched first, as Rhai's global namespace is.
                _hostModuleVersion = _hostModule.Version;
                modules = [.. _globalModules, _hostModule.Build()];
            }

            var statics = _staticModules is null ? NoStaticModules : new Dictionary<string, Module>(_staticModules);
            var created = CreateEnvironment(modules, statics, _options, _onPrint, _onDebug, _onProgress);
            return _environment = _moduleResolver is null ? created : created.WithModuleLoader(LoadModule);
        }
    }

    private static RuntimeEnvironment CreateEnvironment(
        Module[] modules, IReadOnlyDictionary<string, Module> statics, EngineOptions options, Action<string>? print, Action<string, string?, Position>? debug,
        Func<long, object?>? progress = null) =>
        new(modules, statics, options, print, debug) { Evaluator = Evaluate, OnProgress = progress };

    /// <summary><c>eval(code)</c>: runs in the caller's run and scope; its top-level variables join that scope.</summary>
    private static object? EvaluateInRun(RunContext ctx, string code, long position)
    {
        Ast ast;
        try
        {
            ast = Syntax.Parser.ParseScript(code, Syntax.ParseOptions.From(ctx.Environment.Options));
        }
        catch (ParseException e)
        {
            throw new RuntimeException(RuntimeErrorKind.Parsing, e.Message, Position.Unpack(position), e);
        }

        var compiled = CompiledScript.For(ast);
        var saved = ctx.Functions;
        ctx.Functions = compiled;
        try
        {
            return compiled.Main(ctx, [], null, null);
        }
        finally
        {
            ctx.Functions = saved;
        }
    }
}
