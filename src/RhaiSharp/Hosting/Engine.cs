using RhaiSharp.Compilation;
using RhaiSharp.ModuleResolvers;
using RhaiSharp.Packages;
using RhaiSharp.Packages.Standard;
using RhaiSharp.Runtime;

namespace RhaiSharp;

/// <summary>
/// Compiles and runs Rhai scripts. Engines are cheap: create one per call or per request. Everything heavy —
/// function catalogs (<see cref="Module"/>) and compiled scripts (<see cref="Ast"/>) — is built once and shared.
/// </summary>
/// <remarks>
/// <para>Threading: running scripts (<c>Eval</c>, <c>Run</c>, <c>CallFn</c>, delegates from <c>CreateFunc</c>) on one
/// engine from many threads at once is safe, and so is sharing an <see cref="Ast"/>, a <see cref="Module"/> or a
/// <see cref="Package"/> between engines and threads.</para>
/// <para>Configuring is not thread-safe: set <see cref="Options"/>, register functions, types and modules, and set
/// handlers and the module resolver before the engine is shared, or from one thread while nothing runs on it. A run
/// that is in progress keeps the configuration it started with; a change made during it (from a host function, say)
/// applies to the next run.</para>
/// </remarks>
public sealed partial class Engine
{
    // Engines are created per call: nothing here is allocated until it is needed, and the common shapes
    // (a raw engine plus one shared package, or a standard engine) share one runtime environment.
    private static readonly Action<string> ConsolePrint = Console.WriteLine;
    private static readonly Action<string, string?, Position> ConsoleDebug =
        (text, source, position) => Console.WriteLine(position.IsNone ? text : $"[{position}] {text}");

    private static readonly IReadOnlyDictionary<string, Module> NoStaticModules = new Dictionary<string, Module>();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Module, RuntimeEnvironment> RawEnvironments = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Module, RuntimeEnvironment> ConsoleEnvironments = [];

    private static readonly Module NoModule = new ModuleBuilder("none").Build();

    // Where a raw engine starts: no module, no output. Declared after NoStaticModules, which it uses.
    private static readonly RuntimeEnvironment RawEnvironment = CreateEnvironment([], NoStaticModules, EngineOptions.Default, null, null);

    // An engine is one word, so creating one per call allocates 24 bytes: a shared RuntimeEnvironment while the engine
    // has at most one global module and console or silent output (what most engines are), else its own Configuration.
    private object _state;

    /// <summary>Creates an engine with the standard package; <c>print</c> and <c>debug</c> write to standard output.</summary>
    public Engine()
    {
        _state = SharedEnvironment(StandardPackage.Instance.AsSharedModule(), ConsolePrint, ConsoleDebug);
    }

    private Engine(RuntimeEnvironment environment)
    {
        _state = environment;
    }

    /// <summary>Creates an engine with only the built-in operators: no standard functions, and print/debug do nothing.</summary>
    public static Engine CreateRaw() => new(RawEnvironment);

    /// <summary>The engine's limits and language options.</summary>
    public EngineOptions Options
    {
        get => (_state as Configuration)?.Options ?? EngineOptions.Default;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Reconfigure().Options = value;
        }
    }

    /// <summary>Sends the text of every <c>print</c> to <paramref name="handler"/>.</summary>
    public Engine OnPrint(Action<string> handler)
    {
        Reconfigure().OnPrint = handler;
        return this;
    }

    /// <summary>Sends every <c>debug</c> (text, source name, position) to <paramref name="handler"/>.</summary>
    public Engine OnDebug(Action<string, string?, Position> handler)
    {
        Reconfigure().OnDebug = handler;
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
        Reconfigure().OnProgress = handler;
        return this;
    }

    /// <summary>Makes a module's functions callable by their plain names. Later modules take precedence.</summary>
    public Engine RegisterGlobalModule(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (_state is RuntimeEnvironment { GlobalModules.Length: 0 } environment)
        {
            _state = SharedEnvironment(module, environment.OnPrint, environment.OnDebug);
        }
        else
        {
            var config = Reconfigure();
            config.GlobalModules = [.. config.GlobalModules, module];
        }

        return this;
    }

    /// <summary>Makes a module available as <c>name::function()</c> and <c>name::CONSTANT</c>.</summary>
    public Engine RegisterStaticModule(string name, Module module)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(module);
        (Reconfigure().StaticModules ??= new Dictionary<string, Module>(StringComparer.Ordinal))[name] = module;
        return this;
    }

    internal CompilerChoice Compiler
    {
        get => (_state as Configuration)?.Compiler ?? CompilerChoice.Tiered;
        set => Reconfigure().Compiler = value;
    }

    /// <summary>The engine's configuration, created from its shared environment when first needed.</summary>
    private Configuration Config
    {
        get
        {
            if (_state is Configuration config)
            {
                return config;
            }

            var shared = (RuntimeEnvironment)_state;
            config = new Configuration { GlobalModules = shared.GlobalModules, OnPrint = shared.OnPrint, OnDebug = shared.OnDebug };
            _state = config;
            return config;
        }
    }

    /// <summary>The configuration, about to change: the environment built from it is dropped.</summary>
    private Configuration Reconfigure()
    {
        var config = Config;
        config.Environment = null;
        return config;
    }

    internal RuntimeEnvironment Environment
    {
        get
        {
            if (_state is RuntimeEnvironment shared)
            {
                return shared;
            }

            var config = (Configuration)_state;
            var environment = config.Environment;
            if (environment is not null && (config.HostModule is null || config.HostModule.Version == config.HostModuleVersion))
            {
                return environment;
            }

            return config.Environment = Build(config);
        }
    }

    private RuntimeEnvironment Build(Configuration config)
    {
        if (config.HostModule is null && config.StaticModules is null && config.ModuleResolver is null && config.OnProgress is null
            && config.GlobalModules.Length <= 1 && ReferenceEquals(config.Options, EngineOptions.Default) && config.Compiler == CompilerChoice.Tiered
            && ((config.OnPrint is null && config.OnDebug is null)
                || (ReferenceEquals(config.OnPrint, ConsolePrint) && ReferenceEquals(config.OnDebug, ConsoleDebug))))
        {
            return SharedEnvironment(config.GlobalModules.Length == 0 ? null : config.GlobalModules[0], config.OnPrint, config.OnDebug);
        }

        Module[] modules;
        if (config.HostModule is null)
        {
            modules = config.GlobalModules;
        }
        else
        {
            // The engine's own functions (RegisterFn / RegisterType) are searched first, as Rhai's global namespace is.
            config.HostModuleVersion = config.HostModule.Version;
            modules = [.. config.GlobalModules, config.HostModule.Build()];
        }

        var statics = config.StaticModules is null ? NoStaticModules : new Dictionary<string, Module>(config.StaticModules);
        var created = CreateEnvironment(modules, statics, config.Options, config.OnPrint, config.OnDebug, config.OnProgress, config.Compiler);
        return config.ModuleResolver is null ? created : created.WithModuleResolver(config.ModuleResolver);
    }

    /// <summary>The environment shared by every engine with default options, one global module (or none) and console or no output.</summary>
    private static RuntimeEnvironment SharedEnvironment(Module? module, Action<string>? print, Action<string, string?, Position>? debug)
    {
        var key = module ?? NoModule;
        var last = print is null ? _lastSilent : _lastConsole;
        return last is not null && ReferenceEquals(last.Key, key) ? last.Environment : LookUpSharedEnvironment(key, print, debug);
    }

    // Looking up the table costs about as much as the rest of creating an engine, and engines created per call nearly
    // always register the same package: the last environment found is kept aside (holding on to one module at most).
    private static SharedEntry? _lastSilent;
    private static SharedEntry? _lastConsole;

    private sealed class SharedEntry(Module key, RuntimeEnvironment environment)
    {
        public Module Key { get; } = key;

        public RuntimeEnvironment Environment { get; } = environment;
    }

    private static RuntimeEnvironment LookUpSharedEnvironment(Module key, Action<string>? print, Action<string, string?, Position>? debug)
    {
        var table = print is null ? RawEnvironments : ConsoleEnvironments;

        // The factory is a closure over the parameters, so it lives in another method: C# would allocate it on entry.
        var shared = table.TryGetValue(key, out var found) ? found : AddSharedEnvironment(table, key, print, debug);
        var entry = new SharedEntry(key, shared);
        if (print is null)
        {
            _lastSilent = entry;
        }
        else
        {
            _lastConsole = entry;
        }

        return shared;
    }

    private static RuntimeEnvironment AddSharedEnvironment(
        System.Runtime.CompilerServices.ConditionalWeakTable<Module, RuntimeEnvironment> table, Module key, Action<string>? print,
        Action<string, string?, Position>? debug)
    {
        return table.GetValue(key, m => CreateEnvironment(ReferenceEquals(m, NoModule) ? [] : [m], NoStaticModules, EngineOptions.Default, print, debug));
    }

    /// <summary>Everything an engine can be configured with beyond one global module and its output.</summary>
    private sealed class Configuration
    {
        public Module[] GlobalModules = [];
        public Dictionary<string, Module>? StaticModules;
        public Action<string>? OnPrint;
        public Action<string, string?, Position>? OnDebug;
        public Func<long, object?>? OnProgress;
        public EngineOptions Options = EngineOptions.Default;
        public ModuleBuilder? HostModule;
        public int HostModuleVersion;
        public IModuleResolver? ModuleResolver;
        public CompilerChoice Compiler = CompilerChoice.Tiered;

        /// <summary>The environment built from this configuration; null until needed and after every change.</summary>
        public RuntimeEnvironment? Environment;
    }

    private static RuntimeEnvironment CreateEnvironment(
        Module[] modules, IReadOnlyDictionary<string, Module> statics, EngineOptions options, Action<string>? print, Action<string, string?, Position>? debug,
        Func<long, object?>? progress = null, CompilerChoice compiler = CompilerChoice.Tiered) =>
        new(modules, statics, options.Limits, ParsingOf(options), print, debug) { Loader = ScriptLoader.For(compiler), OnProgress = progress };

    private static readonly Syntax.ParseOptions DefaultParsing = ParsingOf(EngineOptions.Default);

    // The parser sees the language options and, for literals, the size limits: nothing else of the engine's options.
    private static Syntax.ParseOptions ParsingOf(EngineOptions options) =>
        ReferenceEquals(options, EngineOptions.Default) && DefaultParsing is { } shared ? shared
        : new(options.Language, options.Limits.MaxStringSize, options.Limits.MaxArraySize, options.Limits.MaxMapSize);
}
