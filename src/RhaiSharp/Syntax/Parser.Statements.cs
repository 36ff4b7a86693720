using System.Collections.Immutable;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Syntax;

// Statements: ports rhai/src/parser.rs parse_stmt, parse_block, parse_let, parse_if, parse_while_loop, parse_do,
// parse_for, parse_try_catch, parse_import, parse_export.
internal sealed partial class Parser
{
    private ImmutableArray<Stmt> ParseTopLevel()
    {
        var statements = new List<Stmt>();
        while (_current.Kind != TokenKind.EndOfInput)
        {
            if (Match(TokenKind.Semicolon))
            {
                continue;
            }

            var docs = CollectDocComments();
            if (_current.Kind is TokenKind.Fn or TokenKind.Private)
            {
                ParseFunction(docs);
                continue;
            }

            if (docs.Length > 0)
            {
                throw Error(ParseErrorKind.WrongDocComment, "Doc comments must be followed by a function definition", _current.Position);
            }

            var stmt = ParseStatement(topLevel: true);
            statements.Add(stmt);
            EndStatement(stmt);
        }

        return ToImmutable(statements);
    }

    private ImmutableArray<string> CollectDocComments()
    {
        if (_current.Kind != TokenKind.DocComment)
        {
            return [];
        }

        var docs = ImmutableArray.CreateBuilder<string>();
        while (_current.Kind == TokenKind.DocComment)
        {
            docs.Add(_current.Text);
            Advance();
        }

        return docs.ToImmutable();
    }

    /// <summary>After a statement: a ';' is needed unless the statement ends in a block or the block/script ends.</summary>
    private void EndStatement(Stmt stmt)
    {
        if (Match(TokenKind.Semicolon))
        {
            return;
        }

        if (_current.Kind is TokenKind.RightBrace or TokenKind.EndOfInput || EndsWithBlock(stmt))
        {
            return;
        }

        CheckReserved(_current);
        throw Error(ParseErrorKind.MissingToken, $"Expecting ';' to terminate this statement, found '{Describe(_current)}'", _current.Position);
    }

    private static bool EndsWithBlock(Stmt stmt) => stmt switch
    {
        BlockStmt or IfStmt or SwitchStmt or WhileStmt or LoopStmt or ForStmt or TryStmt => true,
        ExprStmt { Expression: StatementExpr { Statement: var s } } => EndsWithBlock(s),
        _ => false,
    };

    private BlockStmt ParseBlock()
    {
        var start = _current.Position;
        Expect(TokenKind.LeftBrace, "to start a block");
        if (_expressionMode)
        {
            return ParseExpressionBlock(start);
        }

        Enter(start);
        var mark = _frame.Count;
        var statements = new List<Stmt>();
        try
        {
            while (_current.Kind != TokenKind.RightBrace)
            {
                if (_current.Kind == TokenKind.EndOfInput)
                {
                    throw Error(ParseErrorKind.MissingToken, "Expecting '}' to end this block", _current.Position);
                }

                if (Match(TokenKind.Semicolon))
                {
                    continue;
                }

                var docs = CollectDocComments();
                if (_current.Kind is TokenKind.Fn or TokenKind.Private)
                {
                    throw Error(ParseErrorKind.WrongFnDefinition, "Functions can only be defined at global level", _current.Position);
                }

                if (docs.Length > 0)
                {
                    throw Error(ParseErrorKind.WrongDocComment, "Doc comments must be followed by a function definition", _current.Position);
                }

                var stmt = ParseStatement(topLevel: false);
                statements.Add(stmt);
                EndStatement(stmt);
            }

            Advance();
            return new BlockStmt(start, ToImmutable(statements));
        }
        finally
        {
            _frame.Truncate(mark);
            Exit();
        }
    }

    /// <summary>In expression mode (Rhai's compile_expression) a block holds exactly one expression.</summary>
    private BlockStmt ParseExpressionBlock(Position start)
    {
        Enter(start);
        try
        {
            var expr = ParseExpressionOnly();
            Expect(TokenKind.RightBrace, "to end this block (only a single expression is allowed in an expression)");
            return new BlockStmt(start, [new ExprStmt(expr.Position, expr)]);
        }
        finally
        {
            Exit();
        }
    }

    private Stmt ParseStatement(bool topLevel)
    {
        var token = _current;
        if (_options.Language.MaxStatements > 0 && ++_statements.Value > _options.Language.MaxStatements)
        {
            throw Error(ParseErrorKind.TooManyStatements, $"Too many statements (limit {_options.Language.MaxStatements:N0})", token.Position);
        }

        Enter(token.Position);
        try
        {
            switch (token.Kind)
            {
                case TokenKind.Let:
                case TokenKind.Const:
                    return ParseLet(exported: false);
                case TokenKind.LeftBrace:
                    return ParseBlock();
                case TokenKind.If:
                    return ParseIf();
                case TokenKind.Switch:
                    return ParseSwitch();
                case TokenKind.While:
                case TokenKind.Loop:
                case TokenKind.Do:
                case TokenKind.For:
                    return ParseLoop();
                case TokenKind.Break:
                case TokenKind.Continue:
                    return ParseBreakContinue();
                case TokenKind.Return:
                    Advance();
                    return new ReturnStmt(token.Position, AtStatementEnd() ? null : ParseExpressionOnly());
                case TokenKind.Throw:
                    Advance();
                    return new ThrowStmt(token.Position, AtStatementEnd() ? null : ParseExpressionOnly());
                case TokenKind.Try:
                    return ParseTry();
                case TokenKind.Import:
                    return ParseImport();
                case TokenKind.Export:
                    if (!topLevel || _inFunction)
                    {
                        throw Error(ParseErrorKind.WrongExport, "Export statements can only be at global level", token.Position);
                    }

                    return ParseExport();
                case TokenKind.Fn:
                case TokenKind.Private:
                    throw Error(ParseErrorKind.WrongFnDefinition, "Functions can only be defined at global level", token.Position);
                default:
                    return ParseExpressionStatement();
            }
        }
        finally
        {
            Exit();
        }
    }

    // A comma ends a value-less break/return/throw used as a switch case body: `3 => break, _ => ()`.
    private bool AtStatementEnd() => _current.Kind is TokenKind.Semicolon or TokenKind.RightBrace or TokenKind.EndOfInput or TokenKind.Comma;

    private Stmt ParseLet(bool exported)
    {
        var token = Advance();
        var isConstant = token.Kind == TokenKind.Const;
        var namePos = _current.Position;
        var name = ExpectIdentifier("after 'let'/'const'");
        Expr? value = null;
        if (Match(TokenKind.Assign))
        {
            value = ParseExpressionOnly();
        }

        Declare(name, isConstant, namePos);
        return new LetStmt(token.Position, name, value, isConstant, exported);
    }

    private void Declare(string name, bool isConstant, Position position)
    {
        if (!_options.Language.AllowShadowing && (_frame.Lookup(name, throughParents: false) is not null))
        {
            throw Error(ParseErrorKind.VariableExists, $"Variable '{name}' is already defined", position);
        }

        _frame.Declare(name, isConstant);
    }

    private IfStmt ParseIf()
    {
        var token = Expect(TokenKind.If, "here");
        var condition = ParseExpressionOnly();
        var then = ParseBlock();
        Stmt? otherwise = null;
        if (Match(TokenKind.Else))
        {
            otherwise = _current.Kind == TokenKind.If ? Nested(_current.Position, ParseIf) : ParseBlock();
        }

        return new IfStmt(token.Position, condition, then, otherwise);
    }

    private Stmt ParseLoop()
    {
        var token = _current;
        if (!_options.Language.AllowLooping)
        {
            throw Error(ParseErrorKind.WrongSyntax, $"Loops are not allowed: '{TokenFacts.Describe(token.Kind)}'", token.Position);
        }

        Advance();
        switch (token.Kind)
        {
            case TokenKind.While:
                {
                    var condition = ParseExpressionOnly();
                    var body = ParseLoopBody();
                    return new WhileStmt(token.Position, condition, body);
                }

            case TokenKind.Loop:
                return new LoopStmt(token.Position, ParseLoopBody());
            case TokenKind.Do:
                {
                    var body = ParseLoopBody();
                    bool isUntil;
                    if (Match(TokenKind.While))
                    {
                        isUntil = false;
                    }
                    else if (Match(TokenKind.Until))
                    {
                        isUntil = true;
                    }
                    else
                    {
                        throw Error(ParseErrorKind.MissingToken, "Expecting 'while' or 'until' after the body of 'do'", _current.Position);
                    }

                    var condition = ParseExpressionOnly();
                    return new DoStmt(token.Position, body, condition, isUntil);
                }

            default:
                return ParseFor(token);
        }
    }

    private BlockStmt ParseLoopBody()
    {
        _loopDepth++;
        try
        {
            return ParseBlock();
        }
        finally
        {
            _loopDepth--;
        }
    }

    private ForStmt ParseFor(Token token)
    {
        string variable;
        string? counter = null;
        Position variablePos;
        Position counterPos = default;
        if (Match(TokenKind.LeftParen))
        {
            variablePos = _current.Position;
            variable = ExpectIdentifier("for the loop variable");
            Expect(TokenKind.Comma, "between the loop variable and the counter");
            counterPos = _current.Position;
            counter = ExpectIdentifier("for the loop counter");
            Expect(TokenKind.RightParen, "after the loop variables");
        }
        else
        {
            variablePos = _current.Position;
            variable = ExpectIdentifier("for the loop variable");
        }

        if (counter == variable)
        {
            throw Error(ParseErrorKind.VariableExists, $"Duplicated loop variable '{counter}'", counterPos);
        }

        Expect(TokenKind.In, "after the loop variable");
        var iterable = ParseExpressionOnly();
        var mark = _frame.Count;
        _frame.Declare(variable, false);
        if (counter is not null)
        {
            _frame.Declare(counter, false);
        }

        _ = variablePos;
        try
        {
            var body = ParseLoopBody();
            return new ForStmt(token.Position, variable, counter, iterable, body);
        }
        finally
        {
            _frame.Truncate(mark);
        }
    }

    private Stmt ParseBreakContinue()
    {
        var token = Advance();
        if (_loopDepth == 0)
        {
            throw Error(ParseErrorKind.LoopBreak, $"'{TokenFacts.Describe(token.Kind)}' can only be used inside a loop", token.Position);
        }

        if (token.Kind == TokenKind.Continue)
        {
            return new ContinueStmt(token.Position);
        }

        return new BreakStmt(token.Position, AtStatementEnd() ? null : ParseExpressionOnly());
    }

    private TryStmt ParseTry()
    {
        var token = Advance();
        var body = ParseBlock();
        Expect(TokenKind.Catch, "after the body of 'try'");
        string? variable = null;
        var mark = _frame.Count;
        if (Match(TokenKind.LeftParen))
        {
            var pos = _current.Position;
            variable = ExpectIdentifier("for the caught error");
            Expect(TokenKind.RightParen, "after the catch variable");
            _ = pos;
            _frame.Declare(variable, false);
        }

        try
        {
            var catchBody = ParseBlock();
            return new TryStmt(token.Position, body, variable, catchBody);
        }
        finally
        {
            _frame.Truncate(mark);
        }
    }

    private ImportStmt ParseImport()
    {
        var token = Advance();
        var path = ParseExpressionOnly();
        string? alias = null;
        if (Match(TokenKind.As))
        {
            alias = ExpectIdentifier("after 'as'");
            _frame.Declare(alias, true);
        }

        return new ImportStmt(token.Position, path, alias);
    }

    private Stmt ParseExport()
    {
        var token = Advance();
        if (_current.Kind is TokenKind.Let or TokenKind.Const)
        {
            return ParseLet(exported: true);
        }

        var items = ImmutableArray.CreateBuilder<ExportItem>();
        do
        {
            var pos = _current.Position;
            var name = ExpectIdentifier("to export");
            var alias = name;
            if (Match(TokenKind.As))
            {
                alias = ExpectIdentifier("after 'as'");
            }

            items.Add(new ExportItem(name, alias, pos));
        }
        while (Match(TokenKind.Comma));

        return new ExportStmt(token.Position, items.ToImmutable());
    }

    private Stmt ParseExpressionStatement()
    {
        var start = _current.Position;
        var expr = ParseExpressionOnly();
        var op = AssignmentOperator(_current.Kind);
        if (_current.Kind == TokenKind.Assign || op is not null)
        {
            var opToken = Advance();
            CheckAssignmentTarget(expr, opToken.Position);
            var value = ParseExpressionOnly();
            return new AssignStmt(start, expr, op, value);
        }

        return new ExprStmt(start, expr);
    }

    private static BinaryOperator? AssignmentOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusAssign => BinaryOperator.Add,
        TokenKind.MinusAssign => BinaryOperator.Subtract,
        TokenKind.StarAssign => BinaryOperator.Multiply,
        TokenKind.SlashAssign => BinaryOperator.Divide,
        TokenKind.PercentAssign => BinaryOperator.Modulo,
        TokenKind.StarStarAssign => BinaryOperator.Power,
        TokenKind.ShiftLeftAssign => BinaryOperator.ShiftLeft,
        TokenKind.ShiftRightAssign => BinaryOperator.ShiftRight,
        TokenKind.AmpersandAssign => BinaryOperator.BitAnd,
        TokenKind.PipeAssign => BinaryOperator.BitOr,
        TokenKind.CaretAssign => BinaryOperator.BitXor,
        _ => null,
    };

    /// <summary>
    /// Rhai (parser.rs make_assignment_stmt): a constant expression (literal, constant array/map) is
    /// AssignmentToConstant; a variable declared <c>const</c> in the script is AssignmentToConstant; a property or index
    /// chain must start at a variable (namespace-qualified ones too: they are constants, refused at run time) or
    /// <c>this</c> (constness of its root is checked at run time); anything else is
    /// AssignmentToInvalidLHS at the target.
    /// </summary>
    private void CheckAssignmentTarget(Expr target, Position opPosition)
    {
        DepthGuard.EnterSyntax(target.Position);
        _ = opPosition;
        if (IsConstant(target))
        {
            throw Error(ParseErrorKind.AssignmentToConstant, "Cannot assign to a constant value", target.Position);
        }

        switch (target)
        {
            case VariableExpr v when v.Namespace.IsEmpty:
                if (_frame.Lookup(v.Name, throughParents: true) == true)
                {
                    throw Error(ParseErrorKind.AssignmentToConstant, $"Cannot assign to constant '{v.Name}'", v.Position);
                }

                return;
            case VariableExpr or ThisExpr:
                // `m::X = …` and `global::X = …` parse, as in Rhai, and fail when run: such variables are constants.
                return;
            case PropertyExpr { IsNullSafe: false } p:
                CheckChainRoot(p.Target);
                return;
            case IndexExpr { IsNullSafe: false } i:
                CheckChainRoot(i.Target);
                return;
            default:
                throw Error(ParseErrorKind.AssignmentToInvalidLHS, "Assignment to an invalid target", target.Position);
        }
    }

    private void CheckChainRoot(Expr target)
    {
        DepthGuard.EnterSyntax(target.Position);
        // Iterative: a chain like a.b.c… can be far longer than the recursion limit.
        while (true)
        {
            switch (target)
            {
                case VariableExpr or ThisExpr:
                    return;
                case PropertyExpr { IsNullSafe: false } p:
                    target = p.Target;
                    continue;
                case IndexExpr { IsNullSafe: false } i:
                    target = i.Target;
                    continue;
                default:
                    throw Error(ParseErrorKind.AssignmentToInvalidLHS, "Assignment to an invalid target", target.Position);
            }
        }
    }
}
