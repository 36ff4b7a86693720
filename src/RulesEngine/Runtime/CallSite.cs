namespace RulesEngine.Runtime;

/// <summary>
/// One function or method call in a compiled script, referenced from the compiled code as a constant.
/// Immutable: shared by every run of the Ast on every engine and thread.
/// </summary>
internal sealed class CallSite(string name, int argumentCount, long position)
{
    public string Name { get; } = name;

    /// <summary>Arguments at the call, counting the target of a method call.</summary>
    public int ArgumentCount { get; } = argumentCount;

    public long Position { get; } = position;
}
