using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;

namespace RhaiSharp.Compilation;

/// <summary>
/// The single entry point that turns an expression tree into a delegate: <c>CompileFast</c>, then
/// <see cref="RuntimeHelpers.PrepareDelegate"/> so invalid IL surfaces now rather than on the first call, and
/// <c>Expression.Compile()</c> only when FEC refuses (see COMPILER-NOTES.md).
/// </summary>
internal static class DelegateCompiler
{
    private static int s_fallbacks;

    /// <summary>How many delegates needed the system compiler (tests assert this stays 0).</summary>
    public static int FallbackCount => Volatile.Read(ref s_fallbacks);

    public static TDelegate Compile<TDelegate>(Expression<TDelegate> lambda, CompilerChoice choice)
        where TDelegate : Delegate => (TDelegate)Compile((LambdaExpression)lambda, choice);

    /// <summary>As <see cref="Compile{TDelegate}"/>, for a lambda whose delegate type is chosen at run time.</summary>
    public static Delegate Compile(LambdaExpression lambda, CompilerChoice choice)
    {
        if (choice == CompilerChoice.System)
        {
            return lambda.Compile();
        }

        // Tiered and Fast both end here: only the main program's cold runs are interpreted (CompiledScript), and trees
        // too big to compile in reasonable time and memory (see IsHuge).
        if (IsHuge(lambda))
        {
            return lambda.Compile(preferInterpretation: true);
        }

        var fast = lambda.CompileFast(ifFastFailedReturnNull: true);
        if (fast is null)
        {
            Interlocked.Increment(ref s_fallbacks);
            return lambda.Compile();
        }

        try
        {
            RuntimeHelpers.PrepareDelegate(fast);
        }
        catch (InvalidProgramException)
        {
            Interlocked.Increment(ref s_fallbacks);
            return lambda.Compile();
        }

        return fast;
    }

    /// <summary>
    /// Trees of more than this many nodes are interpreted, never compiled to IL: both compilers' time grows faster than
    /// the tree (a 100,000-statement function body took 36 s under FEC and 10 s under Expression.Compile, with 1.5 GB),
    /// while the light interpreter's set-up stays linear. Such bodies are machine-written, not hot loops.
    /// </summary>
    internal const int MaxCompiledNodes = 250_000;

    private static bool IsHuge(LambdaExpression lambda) => new NodeCounter(MaxCompiledNodes).IsOver(lambda);

    /// <summary>Counts a tree's nodes, stopping as soon as the count passes the limit.</summary>
    private sealed class NodeCounter(int limit) : ExpressionVisitor
    {
        private int _count;

        public bool IsOver(Expression tree)
        {
            Visit(tree);
            return _count > limit;
        }

        public override Expression? Visit(Expression? node)
        {
            if (node is null || _count > limit)
            {
                return node;
            }

            _count++;
            return base.Visit(node);
        }
    }

    /// <summary>The light interpreter of System.Linq.Expressions: no JIT, for code that runs once or twice.</summary>
    public static TDelegate Interpret<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate => lambda.Compile(preferInterpretation: true);

    /// <summary>True when FEC accepts the tree without falling back (used by tests over every emitted shape).</summary>
    public static bool FastCompilerAccepts<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate
    {
        var fast = lambda.CompileFast<TDelegate>(ifFastFailedReturnNull: true);
        if (fast is null)
        {
            return false;
        }

        try
        {
            RuntimeHelpers.PrepareDelegate(fast);
            return true;
        }
        catch (InvalidProgramException)
        {
            return false;
        }
    }
}
