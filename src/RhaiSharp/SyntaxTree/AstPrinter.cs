using System.Globalization;
using System.Text;
using RhaiSharp.Values;

namespace RhaiSharp.SyntaxTree;

/// <summary>
/// Prints an AST as normalized Rhai source: every compound expression in parentheses, one statement per line.
/// Printing, re-parsing and printing again gives the same text, which the round-trip tests rely on.
/// </summary>
internal sealed class AstPrinter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public static string Print(Ast ast)
    {
        var p = new AstPrinter();
        foreach (var fn in ast.Functions)
        {
            if (!fn.IsClosure)
            {
                p.Function(fn);
            }
        }

        foreach (var s in ast.Statements)
        {
            p.Statement(s);
        }

        return p._sb.ToString();
    }

    public static string Print(Node node)
    {
        var p = new AstPrinter();
        if (node is Expr e)
        {
            p.Expression(e);
        }
        else
        {
            p.Statement((Stmt)node);
        }

        return p._sb.ToString().TrimEnd();
    }

    private void Line(string text) => _sb.Append(' ', _indent * 4).Append(text).Append('\n');

    private void Function(FunctionDef fn)
    {
        var prefix = fn.IsPrivate ? "private fn " : "fn ";
        var self = fn.ThisType is null ? string.Empty : QuoteIfNeeded(fn.ThisType) + ".";
        _sb.Append(' ', _indent * 4).Append(prefix).Append(self).Append(fn.Name).Append('(')
            .Append(string.Join(", ", fn.Parameters)).Append(") ");
        BlockInline(fn.Body);
        _sb.Append('\n');
    }

    private static string QuoteIfNeeded(string typeName) =>
        typeName.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? typeName : "\"" + typeName + "\"";

    private void Statement(Stmt stmt)
    {
        DepthGuard.EnterSyntax(stmt.Position);
        _sb.Append(' ', _indent * 4);
        StatementInline(stmt);
        _sb.Append(";\n");
    }

    private void StatementInline(Stmt stmt)
    {
        DepthGuard.EnterSyntax(stmt.Position);
        switch (stmt)
        {
            case ExprStmt s:
                Expression(s.Expression);
                break;
            case LetStmt s:
                _sb.Append(s.IsExported ? "export " : string.Empty).Append(s.IsConstant ? "const " : "let ").Append(s.Name);
                if (s.Value is not null)
                {
                    _sb.Append(" = ");
                    Expression(s.Value);
                }

                break;
            case AssignStmt s:
                Expression(s.Target);
                _sb.Append(' ').Append(s.Operator is { } op ? op.Symbol() : string.Empty).Append("= ");
                Expression(s.Value);
                break;
            case BlockStmt s:
                BlockInline(s);
                break;
            case IfStmt s:
                _sb.Append("if ");
                Expression(s.Condition);
                _sb.Append(' ');
                BlockInline(s.Then);
                if (s.Else is not null)
                {
                    _sb.Append(" else ");
                    StatementInline(s.Else);
                }

                break;
            case SwitchStmt s:
                _sb.Append("switch ");
                Expression(s.Subject);
                _sb.Append(" {\n");
                _indent++;
                foreach (var c in s.Cases)
                {
                    _sb.Append(' ', _indent * 4);
                    for (var i = 0; i < c.Patterns.Length; i++)
                    {
                        if (i > 0)
                        {
                            _sb.Append(" | ");
                        }

                        Expression(c.Patterns[i]);
                    }

                    if (c.Guard is not null)
                    {
                        _sb.Append(" if ");
                        Expression(c.Guard);
                    }

                    _sb.Append(" => ");
                    Expression(c.Body);
                    _sb.Append(",\n");
                }

                if (s.Default is not null)
                {
                    _sb.Append(' ', _indent * 4).Append("_ => ");
                    Expression(s.Default);
                    _sb.Append(",\n");
                }

                _indent--;
                _sb.Append(' ', _indent * 4).Append('}');
                break;
            case WhileStmt s:
                _sb.Append("while ");
                Expression(s.Condition);
                _sb.Append(' ');
                BlockInline(s.Body);
                break;
            case LoopStmt s:
                _sb.Append("loop ");
                BlockInline(s.Body);
                break;
            case DoStmt s:
                _sb.Append("do ");
                BlockInline(s.Body);
                _sb.Append(s.IsUntil ? " until " : " while ");
                Expression(s.Condition);
                break;
            case ForStmt s:
                _sb.Append("for ").Append(s.CounterVariable is null ? s.Variable : $"({s.Variable}, {s.CounterVariable})").Append(" in ");
                Expression(s.Iterable);
                _sb.Append(' ');
                BlockInline(s.Body);
                break;
            case BreakStmt s:
                _sb.Append("break");
                OptionalValue(s.Value);
                break;
            case ContinueStmt:
                _sb.Append("continue");
                break;
            case ReturnStmt s:
                _sb.Append("return");
                OptionalValue(s.Value);
                break;
            case ThrowStmt s:
                _sb.Append("throw");
                OptionalValue(s.Value);
                break;
            case TryStmt s:
                _sb.Append("try ");
                BlockInline(s.Body);
                _sb.Append(" catch ");
                if (s.CatchVariable is not null)
                {
                    _sb.Append('(').Append(s.CatchVariable).Append(") ");
                }

                BlockInline(s.CatchBody);
                break;
            case ImportStmt s:
                _sb.Append("import ");
                Expression(s.Path);
                if (s.Alias is not null)
                {
                    _sb.Append(" as ").Append(s.Alias);
                }

                break;
            case ExportStmt s:
                _sb.Append("export ").Append(string.Join(", ", s.Items.Select(i => i.Name == i.Alias ? i.Name : $"{i.Name} as {i.Alias}")));
                break;
            default:
                throw new InvalidOperationException($"Unknown statement {stmt.Kind}");
        }
    }

    private void OptionalValue(Expr? value)
    {
        if (value is not null)
        {
            _sb.Append(' ');
            Expression(value);
        }
    }

    private void BlockInline(BlockStmt block)
    {
        _sb.Append("{\n");
        _indent++;
        foreach (var s in block.Statements)
        {
            Statement(s);
        }

        _indent--;
        _sb.Append(' ', _indent * 4).Append('}');
    }

    private void Expression(Expr expr)
    {
        DepthGuard.EnterSyntax(expr.Position);
        switch (expr)
        {
            case LiteralExpr e:
                Literal(e.Value);
                break;
            case InterpolatedStringExpr e:
                _sb.Append('`');
                foreach (var part in e.Parts)
                {
                    if (part is LiteralExpr { Value: string text })
                    {
                        _sb.Append(text.Replace("`", "``", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal));
                    }
                    else if (part is StatementExpr { Statement: BlockStmt block })
                    {
                        // The code of `${ … }` is itself a statement list: print it bare, not as a nested block.
                        _sb.Append("${");
                        foreach (var s in block.Statements)
                        {
                            StatementInline(s);
                            _sb.Append("; ");
                        }

                        _sb.Append('}');
                    }
                    else
                    {
                        _sb.Append("${");
                        Expression(part);
                        _sb.Append('}');
                    }
                }

                _sb.Append('`');
                break;
            case ArrayExpr e:
                _sb.Append('[');
                List(e.Items);
                _sb.Append(']');
                break;
            case MapExpr e:
                _sb.Append("#{");
                for (var i = 0; i < e.Entries.Length; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append(", ");
                    }

                    _sb.Append(ValueFormatter.ToDebug(e.Entries[i].Key)).Append(": ");
                    Expression(e.Entries[i].Value);
                }

                _sb.Append('}');
                break;
            case VariableExpr e:
                foreach (var ns in e.Namespace)
                {
                    _sb.Append(ns).Append("::");
                }

                _sb.Append(e.Name);
                break;
            case ThisExpr:
                _sb.Append("this");
                break;
            case UnaryExpr e:
                _sb.Append('(').Append(e.Operator switch { UnaryOperator.Negate => "-", UnaryOperator.Plus => "+", _ => "!" });
                Expression(e.Operand);
                _sb.Append(')');
                break;
            case BinaryExpr e:
                _sb.Append('(');
                Expression(e.Left);
                _sb.Append(' ').Append(e.Operator.Symbol()).Append(' ');
                Expression(e.Right);
                _sb.Append(')');
                break;
            case CallExpr e:
                foreach (var ns in e.Namespace)
                {
                    _sb.Append(ns).Append("::");
                }

                _sb.Append(e.Name).Append('(');
                List(e.Arguments);
                _sb.Append(')');
                break;
            case MethodCallExpr e:
                Expression(e.Target);
                _sb.Append(e.IsNullSafe ? "?." : ".").Append(e.Name).Append('(');
                List(e.Arguments);
                _sb.Append(')');
                break;
            case PropertyExpr e:
                Expression(e.Target);
                _sb.Append(e.IsNullSafe ? "?." : ".").Append(e.Name);
                break;
            case IndexExpr e:
                Expression(e.Target);
                _sb.Append(e.IsNullSafe ? "?[" : "[");
                Expression(e.Index);
                _sb.Append(']');
                break;
            case ClosureExpr e:
                _sb.Append('|').Append(string.Join(", ", e.Function.Parameters)).Append("| ");
                BlockInline(e.Function.Body);
                break;
            case StatementExpr e:
                StatementInline(e.Statement);
                break;
            default:
                throw new InvalidOperationException($"Unknown expression {expr.Kind}");
        }
    }

    private void List(IReadOnlyList<Expr> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(", ");
            }

            Expression(items[i]);
        }
    }

    private void Literal(object? value)
    {
        switch (value)
        {
            case null:
                _sb.Append("()");
                break;
            case long l when l == long.MinValue:
                _sb.Append("(-9223372036854775808)"); // the parser folds this back into long.MinValue
                break;
            case long l when l < 0:
                _sb.Append('(').Append(l.ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            case double d when double.IsNaN(d) || double.IsInfinity(d) || d < 0 || (d == 0 && double.IsNegative(d)):
                _sb.Append('(').Append(FloatLiteral(d)).Append(')');
                break;
            case double d:
                _sb.Append(FloatLiteral(d));
                break;
            default:
                _sb.Append(ValueFormatter.ToDebug(value));
                break;
        }
    }

    private static string FloatLiteral(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return "(0.0 / 0.0)";
        }

        return d.ToString("R", CultureInfo.InvariantCulture) switch
        {
            var s when s.Contains('E', StringComparison.Ordinal) => s.Replace("E+", "e", StringComparison.Ordinal).Replace("E", "e", StringComparison.Ordinal),
            var s when s.Contains('.', StringComparison.Ordinal) => s,
            var s => s + ".0",
        };
    }
}
