using RhaiSharp.Packages;

namespace RhaiSharp.ModuleResolvers;

/// <summary>
/// Finds the module an <c>import "path"</c> statement names (Rhai's <c>ModuleResolver</c>). Set one on an engine with
/// <see cref="Engine.SetModuleResolver"/>; a new engine has none, so scripts cannot import anything by default.
/// </summary>
/// <remarks>
/// Resolvers are called while a script runs, possibly from many threads at once, so implementations must be thread-safe.
/// A resolver that turns script text into a module compiles and runs it through the <see cref="ModuleResolutionContext"/>
/// it is given: the module script then parses with the importing engine's language options and runs within the
/// importing run's limits.
/// </remarks>
public interface IModuleResolver
{
    /// <summary>Resolves <paramref name="path"/> to a module.</summary>
    /// <param name="context">The import being resolved: compiles and runs module scripts within the importing run.</param>
    /// <param name="path">The import path, as the script computed it.</param>
    /// <param name="position">Where the <c>import</c> statement is, for error messages.</param>
    /// <returns>The module, or null when this resolver has no module of that path (the engine then reports
    /// <see cref="RuntimeErrorKind.ModuleNotFound"/> at <paramref name="position"/>).</returns>
    /// <exception cref="ScriptException">The module exists but cannot be loaded (it fails to parse or run), or the path is not allowed.</exception>
    Module? Resolve(ModuleResolutionContext context, string path, Position position);
}
