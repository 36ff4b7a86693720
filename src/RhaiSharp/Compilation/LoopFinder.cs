using System.Runtime.CompilerServices;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Compilation;

/// <summary>Whether a main program contains loops (closures and functions are compiled separately and do not count).</summary>
internal static class LoopFinder
{
    public static bool IsLoopFree(IEnumerable<Stmt> statements) => statements.All(IsLoopFree);

    private static bool IsLoopFree(Stmt stmt)
    {
        if (!DepthGuard.HasRoom())
        {
            return false;
        }

        return stmt switch
        {
            WhileStmt or LoopStmt or DoStmt or ForStmt => false,
            ExprStmt s => IsLoopFree(s.Expression),
            LetStmt s => s.Value is null || IsLoopFree(s.Value),
            AssignStmt s => IsLoopFree(s.Target) && IsLoopFree(s.Value),
            BlockStmt s => s.Statements.All(IsLoopFree),
            IfStmt s => IsLoopFree(s.Condition) && IsLoopFree(s.Then) && (s.Else is null || IsLoopFree(s.Else)),
            SwitchStmt s => IsLoopFree(s.Subject) && s.Cases.All(c => IsLoopFree(c.Body) && (c.Guard is null || IsLoopFree(c.Guard)))
                && (s.Default is null || IsLoopFree(s.Default)),
            ReturnStmt { Value: { } v } => IsLoopFree(v),
            ThrowStmt { Value: { } v } => IsLoopFree(v),
            TryStmt s => IsLoopFree(s.Body) && IsLoopFree(s.CatchBody),
            _ => true,
        };
    }

    private static bool IsLoopFree(Expr expr)
    {
        if (!DepthGuard.HasRoom())
        {
            return false;
        }

        while (expr is BinaryExpr b)
        {
            if (!IsLoopFree(b.Right))
            {
                return false;
            }

            expr = b.Left;
        }

        return expr switch
        {
            StatementExpr s => IsLoopFree(s.Statement),
            UnaryExpr u => IsLoopFree(u.Operand),
            CallExpr c => c.Arguments.All(IsLoopFree),
            MethodCallExpr m => IsLoopFree(m.Target) && m.Arguments.All(IsLoopFree),
            PropertyExpr p => IsLoopFree(p.Target),
            IndexExpr i => IsLoopFree(i.Target) && IsLoopFree(i.Index),
            ArrayExpr a => a.Items.All(IsLoopFree),
            MapExpr m => m.Entries.All(e => IsLoopFree(e.Value)),
            InterpolatedStringExpr s => s.Parts.All(IsLoopFree),
            _ => true,
        };
    }
}
