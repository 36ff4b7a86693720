using RhaiSharp.Packages;

namespace RhaiSharp.ModuleResolvers;

/// <summary>
/// Loads module scripts from files under one root directory (Rhai's <c>FileModuleResolver</c>). <c>import "a/b"</c>
/// loads <c>{root}/a/b.rhai</c> (the extension is appended unless the path already ends with it); paths are always
/// relative to the root, never to the importing script.
/// </summary>
/// <remarks>
/// <para>Confinement: a path that is absolute, or that leads outside the root (<c>..</c> segments, or a symbolic link
/// anywhere along the way pointing outside), fails with a <see cref="RuntimeException"/> of kind
/// <see cref="RuntimeErrorKind.ModuleNotFound"/> before anything outside the root is read.</para>
/// <para>Caching: each file is compiled and run once, the first time it is imported, and the module is shared by every
/// later import from any engine or thread (keyed by the file's full, link-resolved path). Concurrent first imports wait
/// for the one compilation. A module that fails to load is not cached. <see cref="ClearCache"/> forgets everything
/// (e.g. after files changed).</para>
/// </remarks>
public sealed class FileModuleResolver : IModuleResolver
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _root;
    private readonly string _realRoot;
    private readonly ModuleCache _cache =
        new(PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a resolver for the scripts under <paramref name="rootDirectory"/>.</summary>
    /// <param name="rootDirectory">The directory module paths are relative to; nothing outside it is ever read.</param>
    /// <param name="extension">The extension appended to import paths (with its dot).</param>
    public FileModuleResolver(string rootDirectory, string extension = ".rhai")
    {
        ArgumentException.ThrowIfNullOrEmpty(rootDirectory);
        ArgumentNullException.ThrowIfNull(extension);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));
        _realRoot = Path.TrimEndingDirectorySeparator(RealPath(_root));
        Extension = extension;
    }

    /// <summary>The root directory (full path).</summary>
    public string RootDirectory => _root;

    /// <summary>The extension appended to import paths.</summary>
    public string Extension { get; }

    /// <summary>Number of modules compiled and cached.</summary>
    internal int CachedCount => _cache.Count;

    /// <summary>Forgets every cached module; the next import of each file compiles it again.</summary>
    public void ClearCache() => _cache.Clear();

    /// <inheritdoc/>
    public Module? Resolve(ModuleResolutionContext context, string path, Position position)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(path);
        var file = FindFile(path, position);
        if (file is null)
        {
            return null;
        }

        return _cache.GetOrAdd(context, file, path, () => context.EvalAstAsModule(context.Compile(File.ReadAllText(file)), path));
    }

    /// <summary>The real path of the module file, null if there is none; throws when the path leaves the root.</summary>
    private string? FindFile(string path, Position position)
    {
        if (path.Length == 0 || path.Contains('\0') || Path.IsPathRooted(path) || path.StartsWith('~'))
        {
            throw Outside(path, position);
        }

        var relative = path.EndsWith(Extension, PathComparison) ? path : path + Extension;
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!IsUnder(full, _root))
        {
            throw Outside(path, position);
        }

        string real;
        try
        {
            real = RealPath(full);
        }
        catch (IOException)
        {
            return null;
        }

        if (!IsUnder(real, _realRoot))
        {
            throw Outside(path, position);
        }

        return File.Exists(real) ? real : null;
    }

    private static RuntimeException Outside(string path, Position position) =>
        new(RuntimeErrorKind.ModuleNotFound, $"Module path '{path}' is outside the module root directory", position);

    private static bool IsUnder(string path, string root) =>
        path.Length > root.Length
        && path.StartsWith(root, PathComparison)
        && (path[root.Length] == Path.DirectorySeparatorChar || path[root.Length] == Path.AltDirectorySeparatorChar
            || Path.EndsInDirectorySeparator(root));

    /// <summary>At most this many links are followed for one path, as the operating system does (Linux: ELOOP after 40).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The path with every symbolic link along it resolved (a full path in, a full path out); a chain of more than
    /// <see cref="MaxLinks"/> links (a loop under the root, say) is an <see cref="IOException"/>, as from the system.
    /// </summary>
    private static string RealPath(string fullPath)
    {
        var links = 0;
        return RealPath(fullPath, ref links);
    }

    private static string RealPath(string fullPath, ref int links)
    {
        var current = Path.GetPathRoot(fullPath)!;
        var rest = fullPath[current.Length..];
        foreach (var part in rest.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"Too many levels of symbolic links: {fullPath}");
                }

                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                // The final target may itself sit under linked directories: resolve it the same way.
                next = target is null ? next : RealPath(Path.GetFullPath(target.FullName), ref links);
            }

            current = next;
        }

        return current;
    }
}
