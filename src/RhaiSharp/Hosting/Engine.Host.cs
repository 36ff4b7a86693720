using RhaiSharp.Compilation;
using RhaiSharp.Packages;
using RhaiSharp.Runtime;
using RhaiSharp.Values;

namespace RhaiSharp;

// Host registration on the engine itself (Rhai: Engine::register_fn, register_type_with_name) and CreateFunc.
public sealed partial class Engine
{
    /// <summary>The engine's own module, created on first registration so that an engine that registers nothing stays cheap.</summary>
    private ModuleBuilder HostModule => Config.HostModule ??= new ModuleBuilder("engine");

    /// <summary>
    /// Registers <typeparamref name="T"/> as a custom type named <paramref name="name"/> in this engine's own module and
    /// returns a builder for its getters, setters, indexers, methods, iterator and formatting. For catalogs shared by many
    /// engines, register types in a <see cref="Package"/> instead (<see cref="ModuleBuilder.RegisterType{T}(string)"/>).
    /// </summary>
    /// <typeparam name="T">The .NET type.</typeparam>
    /// <param name="name">The script-visible type name (what <c>type_of</c> returns).</param>
    /// <returns>The type builder; what it registers takes effect on the next run.</returns>
    public CustomTypeBuilder<T> RegisterType<T>(string name) => HostModule.RegisterType<T>(name);

    /// <summary>Binds <typeparamref name="T"/>'s public members, and the types they hold, in this engine's own module; see <see cref="ModuleBuilder.RegisterType{T}(MemberNaming, bool)"/>.</summary>
    /// <typeparam name="T">The root type.</typeparam>
    /// <param name="naming">How member names become script names.</param>
    /// <param name="writable">Whether settable members of classes can be assigned from scripts.</param>
    /// <returns>This engine.</returns>
    public Engine RegisterType<T>(MemberNaming naming = MemberNaming.SnakeCase, bool writable = false)
    {
        HostModule.RegisterType<T>(naming, writable);
        return this;
    }

    /// <summary>Registers a custom type in this engine's own module and configures it in one call.</summary>
    /// <typeparam name="T">The .NET type.</typeparam>
    /// <param name="name">The script-visible type name.</param>
    /// <param name="configure">Registers the type's members.</param>
    /// <returns>This engine.</returns>
    public Engine RegisterType<T>(string name, Action<CustomTypeBuilder<T>> configure)
    {
        HostModule.RegisterType(name, configure);
        return this;
    }

    private BoundFunction Bind(Ast ast, string name, int arity)
    {
        ArgumentNullException.ThrowIfNull(ast);
        ArgumentNullException.ThrowIfNull(name);
        var compiled = CompiledScript.For(ast, Compiler);
        var fn = compiled.FindFunction(name, arity);
        if (fn is null || fn.Definition.IsPrivate)
        {
            throw new RuntimeException(RuntimeErrorKind.FunctionNotFound, $"Function not found: {name} with {arity} parameter(s)", Position.None);
        }

        return new BoundFunction(Environment, compiled, fn);
    }

    /// <summary>A script function bound to a snapshot of an engine's environment; every call gets its own run context.</summary>
    private sealed class BoundFunction(RuntimeEnvironment environment, CompiledScript compiled, ScriptFunction function)
    {
        /// <summary>The function compiled directly over the delegate's types, or null when its body is not rule-shaped.</summary>
        public TDelegate? Direct<TDelegate>()
            where TDelegate : Delegate => function.Direct<TDelegate>();

        /// <summary>The run context of one call; its <see cref="RunContext.ArgumentBuffer"/> carries the arguments.</summary>
        public RunContext Start() => RunContext.Rent(environment, compiled, null, CancellationToken.None);

        public TResult Call<TResult>(RunContext ctx, object?[] args)
        {
            try
            {
                return ConvertResult<TResult>(Guard(ctx, (function, ctx, args), static s => s.function.Invoke(s.ctx, s.args, null, null, Position.None)));
            }
            finally
            {
                Array.Clear(args);
                ctx.Release();
            }
        }
    }
}
