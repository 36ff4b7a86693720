namespace RulesEngine.Packages;

/// <summary>Rhai's naming of property and indexer accessors in a function catalog.</summary>
internal static class PropertyNames
{
    public const string IndexGetter = "index$get$";
    public const string IndexSetter = "index$set$";

    public static string Getter(string property) => "get$" + property;

    public static string Setter(string property) => "set$" + property;
}
