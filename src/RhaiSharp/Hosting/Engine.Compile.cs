using RhaiSharp.Syntax;

namespace RhaiSharp;

// Parsing entry points (Rhai: api/compile.rs).
public sealed partial class Engine
{
    /// <summary>Parses a script into a shareable <see cref="Ast"/>.</summary>
    /// <exception cref="ParseException">The script is not valid Rhai.</exception>
    public Ast Compile(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Parser.ParseScript(script, Environment.Parsing);
    }

    /// <summary>Parses a script, letting the parser see the variables of <paramref name="scope"/> (for strict variables and constants).</summary>
    public Ast Compile(string script, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Parser.ParseScript(script, ParseOptionsSeeing(scope));
    }

    /// <summary>Parses a single expression; statements are a parse error.</summary>
    public Ast CompileExpression(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Parser.ParseExpression(expression, Environment.Parsing);
    }

    /// <summary>Parses a single expression with the variables of <paramref name="scope"/> visible to the parser.</summary>
    public Ast CompileExpression(string expression, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Parser.ParseExpression(expression, ParseOptionsSeeing(scope));
    }

    private ParseOptions ParseOptionsSeeing(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Environment.Parsing with { ScopeVariables = [.. scope.Declarations] };
    }
}
