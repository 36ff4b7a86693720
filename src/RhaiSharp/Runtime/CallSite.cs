using RhaiSharp.Packages;

namespace RhaiSharp.Runtime;

/// <summary>
/// One function or method call in a compiled script, referenced from the compiled code as a constant and shared by
/// every run of the Ast on every engine and thread. It remembers its last native resolution (an inline cache keyed by
/// the engine's module set and the argument types); the entry is immutable and replaced atomically.
/// </summary>
internal sealed class CallSite(string name, int argumentCount, long position)
{
    private Resolution? _cache;

    public string Name { get; } = name;

    /// <summary>Arguments at the call, counting the target of a method call.</summary>
    public int ArgumentCount { get; } = argumentCount;

    public long Position { get; } = position;

    public NativeFunction? Resolve(RuntimeEnvironment environment, object?[] args)
    {
        var cached = Volatile.Read(ref _cache);
        if (cached is not null && ReferenceEquals(cached.Modules, environment.GlobalModules) && cached.Matches(args))
        {
            return cached.Function;
        }

        var fn = environment.ResolveFunction(Name, args);
        if (fn is not null)
        {
            Volatile.Write(ref _cache, new Resolution(environment.GlobalModules, args, fn));
        }

        return fn;
    }

    /// <summary>The overload chosen for one combination of argument types, under one module set.</summary>
    private sealed class Resolution
    {
        private readonly Type?[] _types;

        public Resolution(Module[] modules, object?[] args, NativeFunction function)
        {
            Modules = modules;
            Function = function;
            _types = new Type?[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                _types[i] = args[i]?.GetType();
            }
        }

        public Module[] Modules { get; }

        public NativeFunction Function { get; }

        public bool Matches(object?[] args)
        {
            var types = _types;
            if (types.Length != args.Length)
            {
                return false;
            }

            for (var i = 0; i < types.Length; i++)
            {
                if (args[i]?.GetType() != types[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
