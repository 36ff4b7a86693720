namespace RulesEngine.Packages.Standard;

/// <summary>Ports Rhai's Arithmetic, Logic and BasicMath packages (arithmetic.rs, logic.rs, math_basic.rs).</summary>
internal static class MathFunctions
{
    public static void Register(ModuleBuilder builder)
    {
    }
}
