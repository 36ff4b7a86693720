using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>What the compiler needs to know about a function body before emitting it: captures, then INT typing.</summary>
internal sealed record FunctionAnalysis(List<DeclarationKey> Parameters, CaptureAnalyzer Captures, TypeInference Types)
{
    /// <param name="definition">The function.</param>
    /// <param name="capturedNames">For a closure, the outer names it receives as cells.</param>
    /// <param name="assumeIntParameters">Speculate that every parameter is an INT (see <see cref="TypeInference.Analyze"/>).</param>
    /// <param name="intFunctions">Functions known to return INTs for INT arguments.</param>
    public static FunctionAnalysis Of(
        FunctionDef definition, IEnumerable<string> capturedNames, bool assumeIntParameters, IReadOnlySet<(string Name, int Arity)> intFunctions)
    {
        var parameters = definition.Parameters.Select(p => new DeclarationKey(definition, p)).ToList();
        var captures = CaptureAnalyzer.Analyze(definition.Body.Statements, parameters, capturedNames);
        var types = TypeInference.Analyze(definition.Body.Statements, parameters, captures.Captured, assumeIntParameters, intFunctions);
        return new FunctionAnalysis(parameters, captures, types);
    }
}
