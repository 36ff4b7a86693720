using RhaiSharp.Packages;
using RhaiSharp.Runtime;
using RhaiSharp.Syntax;

namespace RhaiSharp.ModuleResolvers;

/// <summary>
/// One <c>import</c> being resolved: what a <see cref="IModuleResolver"/> needs to turn script text into a module that
/// belongs to the importing run — its language options, its limits and counters, and the chain of imports that led
/// here (so that a module importing itself is an error, not a recursion).
/// </summary>
public sealed class ModuleResolutionContext
{
    private readonly RunContext _importing;

    internal ModuleResolutionContext(RunContext importing, string path, Position position)
    {
        _importing = importing;
        Path = path;
        Position = position;
        Parent = importing.ResolvingImport;
    }

    /// <summary>The import path, as the script computed it.</summary>
    public string Path { get; }

    /// <summary>Where the <c>import</c> statement is.</summary>
    public Position Position { get; }

    /// <summary>The import whose module script contains this one, or null for an import of the main script.</summary>
    internal ModuleResolutionContext? Parent { get; }

    /// <summary>The module a resolver is building for this import (its cache and key), while it builds it.</summary>
    internal (object Cache, string Key)? Building { get; set; }

    internal RunContext Importing => _importing;

    /// <summary>Parses module source with the importing engine's language options.</summary>
    /// <exception cref="ParseException">The script is not valid Rhai.</exception>
    public Ast Compile(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Parser.ParseScript(script, _importing.Environment.Parsing);
    }

    /// <summary>
    /// Runs a module script's top-level statements within the importing run (its operation count, call depth and module
    /// count go on) and turns what they define into a module, as <see cref="Engine.EvalAstAsModule"/> does.
    /// </summary>
    /// <param name="ast">The module script.</param>
    /// <param name="name">The module's name, or null.</param>
    /// <returns>The module.</returns>
    /// <exception cref="RuntimeException">The module script failed (<see cref="RuntimeErrorKind.InModule"/>, at the import).</exception>
    public Module EvalAstAsModule(Ast ast, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(ast);
        var loader = _importing.Environment.Loader
            ?? throw new InvalidOperationException("This engine cannot run module scripts.");
        return loader.EvalAstAsModule(this, ast, name);
    }

    /// <summary>True when <paramref name="cache"/> is already building <paramref name="key"/> for this import or one that led to it.</summary>
    internal bool IsBuilding(object cache, string key)
    {
        for (var context = this; context is not null; context = context.Parent)
        {
            if (context.Building is { } building && ReferenceEquals(building.Cache, cache) && building.Key == key)
            {
                return true;
            }
        }

        return false;
    }
}
