namespace RhaiSharp.Packages;

/// <summary>Rhai's naming of property and indexer accessors in a function catalog.</summary>
internal static class PropertyNames
{
    public const string IndexGetter = "index$get$";
    public const string IndexSetter = "index$set$";

    // Property accesses on custom types look these names up on every access: build each name once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Getters = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Setters = new(StringComparer.Ordinal);

    public static string Getter(string property) => Getters.GetOrAdd(property, static p => "get$" + p);

    public static string Setter(string property) => Setters.GetOrAdd(property, static p => "set$" + p);
}
