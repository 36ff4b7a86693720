using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>What the compiler needs to know about a function body before emitting it: its binding, then INT typing.</summary>
internal sealed record FunctionAnalysis(List<DeclarationKey> Parameters, FunctionBinding Binding, TypeInference Types)
{
    /// <param name="definition">The function.</param>
    /// <param name="capturedNames">For a closure, the outer names it receives as cells.</param>
    /// <param name="assumeIntParameters">Speculate that every parameter is an INT (see <see cref="TypeInference.Analyze"/>).</param>
    /// <param name="intFunctions">Functions known to return INTs for INT arguments.</param>
    public static FunctionAnalysis Of(
        FunctionDef definition, IReadOnlyList<string> capturedNames, bool assumeIntParameters, IReadOnlySet<(string Name, int Arity)> intFunctions)
    {
        var binding = FunctionBinding.Of(definition, capturedNames);
        return new FunctionAnalysis(binding.Parameters, binding, TypeInference.Analyze(binding, assumeIntParameters, intFunctions));
    }
}
