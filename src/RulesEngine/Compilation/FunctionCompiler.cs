namespace RulesEngine.Compilation;

/// <summary>Translates one function body (or the main program) into an expression tree and compiles it.</summary>
internal sealed partial class FunctionCompiler
{
    public static CompiledBody CompileMain(CompiledScript script) => throw new NotImplementedException();

    public static CompiledBody CompileFunction(CompiledScript script, ScriptFunction function) => throw new NotImplementedException();
}
