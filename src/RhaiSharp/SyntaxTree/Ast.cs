using System.Collections.Immutable;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp;

/// <summary>
/// A parsed script: its top-level statements and its script-defined functions. Immutable and safe to share:
/// one <see cref="Ast"/> runs on any number of engines, on any number of threads at once. Its compiled form is
/// built on first run and cached with it.
/// </summary>
public sealed class Ast
{
    private object? _compiled;

    internal Ast(string source, ImmutableArray<Stmt> statements, ImmutableArray<FunctionDef> functions, bool isExpression)
    {
        Source = source;
        Statements = statements;
        Functions = functions;
        IsExpression = isExpression;
    }

    /// <summary>The script text this AST was parsed from.</summary>
    public string Source { get; }

    /// <summary>Names of the script-defined (non-closure) functions, with their arity.</summary>
    public IReadOnlyList<string> FunctionSignatures =>
        Functions.Where(f => !f.IsClosure).Select(f => $"{f.Name}/{f.Parameters.Length}").ToArray();

    internal ImmutableArray<Stmt> Statements { get; }

    /// <summary>Named functions (closures are reachable from their <see cref="ClosureExpr"/>).</summary>
    internal ImmutableArray<FunctionDef> Functions { get; }

    internal bool IsExpression { get; }

    /// <summary>Renders the AST as normalized, fully parenthesized Rhai source (for debugging and tests).</summary>
    public string ToDebugString() => AstPrinter.Print(this);

    /// <summary>Returns the compiled form, creating it once; concurrent callers all get the same instance.</summary>
    internal T GetOrAddCompiled<T>(Func<Ast, T> compile)
        where T : class
    {
        if (Volatile.Read(ref _compiled) is T existing)
        {
            return existing;
        }

        var created = compile(this);
        return Interlocked.CompareExchange(ref _compiled, created, null) as T ?? created;
    }
}
