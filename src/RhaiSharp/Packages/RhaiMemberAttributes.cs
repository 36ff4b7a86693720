namespace RhaiSharp;

/// <summary>Keeps a public property or field out of scripts when its type is bound with <c>RegisterType&lt;T&gt;()</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class RhaiIgnoreAttribute : Attribute
{
}

/// <summary>The name scripts use for a property or field, instead of the one the naming convention gives.</summary>
/// <param name="name">The script-visible name.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class RhaiNameAttribute(string name) : Attribute
{
    /// <summary>The script-visible name.</summary>
    public string Name { get; } = name;
}

/// <summary>How the names of .NET members become property names in scripts.</summary>
public enum MemberNaming
{
    /// <summary><c>UnitPrice</c> is <c>unit_price</c> (Rhai's convention; the default).</summary>
    SnakeCase,

    /// <summary><c>UnitPrice</c> is <c>unitPrice</c>.</summary>
    CamelCase,

    /// <summary><c>UnitPrice</c> is <c>UnitPrice</c>.</summary>
    AsDeclared,
}
