using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Syntax;

/// <summary>
/// Recursive-descent parser with precedence climbing for binary operators (ports <c>rhai/src/parser.rs</c>).
/// Every recursive entry point counts depth, so no input can overflow the stack: past the configured limit, or when
/// the thread's stack runs low, parsing stops with <see cref="ParseErrorKind.ExprTooDeep"/>.
/// </summary>
internal sealed partial class Parser
{
    private readonly string _source;
    private readonly ParseOptions _options;
    private readonly Lexer _lexer;
    private readonly List<FunctionDef> _functions;
    private readonly HashSet<(string, int)> _functionKeys;
    private Token _current;
    private Token _next;
    private bool _hasNext;
    private int _depth;
    private int _maxDepth;
    private int _loopDepth;
    private bool _inFunction;
    private bool _expressionMode;
    private int _closureCounter;

    // Declared variables of the function being parsed (name, is constant); closures see their parents' lists.
    private VariableFrame _frame;

    // Statements parsed so far in the whole script, shared with the parsers of interpolated code.
    private readonly StatementCount _statements;

    private sealed class StatementCount
    {
        public int Value;
    }

    private Parser(string source, Lexer lexer, ParseOptions options, List<FunctionDef> functions, HashSet<(string, int)> functionKeys, VariableFrame frame,
        StatementCount statements)
    {
        _statements = statements;
        _source = source;
        _lexer = lexer;
        _options = options;
        _functions = functions;
        _functionKeys = functionKeys;
        _frame = frame;
        _maxDepth = options.Language.MaxExprDepth;
        _current = _lexer.Next();
    }

    /// <summary>Parses a whole script.</summary>
    public static Ast ParseScript(string source, ParseOptions options)
    {
        var parser = Create(source, options);
        var statements = parser.ParseTopLevel();
        return new Ast(source, statements, [.. parser._functions], isExpression: false);
    }

    /// <summary>Parses a single expression (Rhai's <c>compile_expression</c>): statements are an error.</summary>
    public static Ast ParseExpression(string source, ParseOptions options)
    {
        var parser = Create(source, options);
        parser._expressionMode = true;
        if (parser._current.Kind == TokenKind.EndOfInput)
        {
            return new Ast(source, [], [], isExpression: true);
        }

        var expr = parser.ParseExpressionOnly();
        if (parser._current.Kind is TokenKind.Assign or >= TokenKind.PlusAssign and <= TokenKind.CaretAssign)
        {
            throw parser.Error(ParseErrorKind.ExprExpected, "Assignments are not allowed in an expression", parser._current.Position);
        }

        if (parser._current.Kind != TokenKind.EndOfInput)
        {
            throw parser.Error(ParseErrorKind.BadInput, $"Unexpected '{parser.Describe(parser._current)}' after the expression", parser._current.Position);
        }

        return new Ast(source, [new ExprStmt(expr.Position, expr)], [], isExpression: true);
    }

    private static Parser Create(string source, ParseOptions options)
    {
        if (options.Language.MaxScriptLength > 0 && source.Length > options.Language.MaxScriptLength)
        {
            throw new ParseException(ParseErrorKind.ScriptTooLarge,
                $"Script is too large: {source.Length:N0} characters (limit {options.Language.MaxScriptLength:N0})", new Position(1, 1));
        }

        // Rhai's parser sees a host scope only for strict-variable checks: assigning a scope constant is a runtime
        // error, and a scope variable does not count as an earlier declaration when shadowing is disabled.
        var scopeFrame = new VariableFrame(null);
        foreach (var (name, _) in options.ScopeVariables)
        {
            scopeFrame.Declare(name, false);
        }

        return new Parser(source, new Lexer(source), options, [], [], new VariableFrame(scopeFrame), new StatementCount());
    }

    // ---- tokens ----

    private Token Peek()
    {
        if (!_hasNext)
        {
            _next = _lexer.Next();
            _hasNext = true;
        }

        return _next;
    }

    private Token Advance()
    {
        var previous = _current;
        if (_hasNext)
        {
            _current = _next;
            _hasNext = false;
        }
        else
        {
            _current = _lexer.Next();
        }

        if (_current.Kind == TokenKind.Reserved)
        {
            // Reserved words are only an error where they are used.
        }

        return previous;
    }

    private bool Match(TokenKind kind)
    {
        if (_current.Kind == kind)
        {
            Advance();
            return true;
        }

        return false;
    }

    private Token Expect(TokenKind kind, string context)
    {
        if (_current.Kind != kind)
        {
            if (_current.Kind == TokenKind.EndOfInput)
            {
                throw Error(ParseErrorKind.MissingToken, $"Expecting '{TokenFacts.Describe(kind)}' {context}", _current.Position);
            }

            CheckReserved(_current);
            throw Error(ParseErrorKind.MissingToken, $"Expecting '{TokenFacts.Describe(kind)}' {context}, found '{Describe(_current)}'", _current.Position);
        }

        return Advance();
    }

    private string ExpectIdentifier(string context)
    {
        if (_current.Kind == TokenKind.Identifier)
        {
            return (string)Advance().Value!;
        }

        CheckReserved(_current);
        throw Error(ParseErrorKind.VariableExpected, $"Expecting a name {context}, found '{Describe(_current)}'", _current.Position);
    }

    private void CheckReserved(Token token)
    {
        if (token.Kind == TokenKind.Reserved)
        {
            throw Error(ParseErrorKind.Reserved, $"'{token.Text}' is a reserved keyword or symbol", token.Position);
        }
    }

    private string Describe(Token token) => token.Kind switch
    {
        TokenKind.EndOfInput => "end of script",
        TokenKind.Identifier or TokenKind.Reserved => token.Text,
        TokenKind.IntegerLiteral or TokenKind.FloatLiteral or TokenKind.StringLiteral or TokenKind.CharLiteral or TokenKind.InterpolatedString
            => _source.Substring(token.Start, Math.Min(token.Length, 40)),
        _ => TokenFacts.Describe(token.Kind),
    };

    private ParseException Error(ParseErrorKind kind, string message, Position position) => new(kind, message, position);

    // ---- depth ----

    private void Enter(Position position)
    {
        _depth++;
        if (_maxDepth > 0 && _depth > _maxDepth)
        {
            throw Error(ParseErrorKind.ExprTooDeep, "Expression exceeds maximum complexity", position);
        }

        DepthGuard.EnterSyntax(position);
    }

    private void Exit() => _depth--;

    private T Nested<T>(Position position, Func<T> parse)
    {
        Enter(position);
        try
        {
            return parse();
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Declared variables of one function body; closures chain to the enclosing frame.</summary>
    private sealed class VariableFrame(VariableFrame? parent)
    {
        private readonly List<(string Name, bool IsConstant)> _names = [];

        public VariableFrame? Parent { get; } = parent;

        public int Count => _names.Count;

        public void Declare(string name, bool isConstant) => _names.Add((name, isConstant));

        public void Truncate(int count) => _names.RemoveRange(count, _names.Count - count);

        /// <summary>Null when undeclared; otherwise whether the nearest declaration is a constant.</summary>
        public bool? Lookup(string name, bool throughParents)
        {
            for (var i = _names.Count - 1; i >= 0; i--)
            {
                if (_names[i].Name == name)
                {
                    return _names[i].IsConstant;
                }
            }

            return throughParents ? Parent?.Lookup(name, true) : null;
        }

        public bool DeclaredHere(string name) => _names.Exists(n => n.Name == name);
    }

    private static ImmutableArray<T> ToImmutable<T>(List<T> list) => [.. list];
}
