using System.Collections.Immutable;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Syntax;

// Expressions: ports rhai/src/parser.rs parse_expr, parse_binary_op, parse_unary, parse_primary, parse_postfix,
// parse_index_chain, parse_array_literal, parse_map_literal, parse_switch.
internal sealed partial class Parser
{
    private Expr ParseExpressionOnly()
    {
        Enter(_current.Position);
        try
        {
            return ParseBinary(0);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Rhai's operator precedence (tokenizer.rs <c>precedence()</c>): not C#'s.</summary>
    private static (BinaryOperator Op, int Precedence, bool RightAssoc)? BinaryInfo(TokenKind kind) => kind switch
    {
        TokenKind.OrOr => (BinaryOperator.OrElse, 30, false),
        TokenKind.Pipe => (BinaryOperator.BitOr, 30, false),
        TokenKind.Caret => (BinaryOperator.BitXor, 30, false),
        TokenKind.AndAnd => (BinaryOperator.AndAlso, 60, false),
        TokenKind.Ampersand => (BinaryOperator.BitAnd, 60, false),
        TokenKind.EqualsEquals => (BinaryOperator.Equal, 90, false),
        TokenKind.NotEquals => (BinaryOperator.NotEqual, 90, false),
        TokenKind.In => (BinaryOperator.In, 110, false),
        TokenKind.NotIn => (BinaryOperator.NotIn, 110, false),
        TokenKind.Less => (BinaryOperator.Less, 130, false),
        TokenKind.LessEquals => (BinaryOperator.LessOrEqual, 130, false),
        TokenKind.Greater => (BinaryOperator.Greater, 130, false),
        TokenKind.GreaterEquals => (BinaryOperator.GreaterOrEqual, 130, false),
        TokenKind.DoubleQuestion => (BinaryOperator.Coalesce, 135, false),
        TokenKind.DotDot => (BinaryOperator.Range, 140, false),
        TokenKind.DotDotEq => (BinaryOperator.RangeInclusive, 140, false),
        TokenKind.Plus => (BinaryOperator.Add, 150, false),
        TokenKind.Minus => (BinaryOperator.Subtract, 150, false),
        TokenKind.Star => (BinaryOperator.Multiply, 180, false),
        TokenKind.Slash => (BinaryOperator.Divide, 180, false),
        TokenKind.Percent => (BinaryOperator.Modulo, 180, false),
        TokenKind.StarStar => (BinaryOperator.Power, 190, true),
        TokenKind.ShiftLeft => (BinaryOperator.ShiftLeft, 210, false),
        TokenKind.ShiftRight => (BinaryOperator.ShiftRight, 210, false),
        _ => null,
    };

    private Expr ParseBinary(int minPrecedence)
    {
        var left = ParseUnary();
        var entered = 0;
        try
        {
            // Left-associative chains are built in this loop, not by recursion, so a 10,000-term sum costs no stack;
            // each operator still counts one level of depth, as in Rhai.
            while (BinaryInfo(_current.Kind) is { } info && info.Precedence >= minPrecedence)
            {
                var opToken = Advance();
                Enter(opToken.Position);
                entered++;
                if (info.Op is BinaryOperator.Range or BinaryOperator.RangeInclusive && _current.Kind == TokenKind.RightBracket)
                {
                    // An open end (`s[2..]`) runs to the end of the string or array.
                    left = new BinaryExpr(opToken.Position, BinaryOperator.Range, left, new LiteralExpr(opToken.Position, long.MaxValue));
                    continue;
                }

                var right = ParseBinary(info.RightAssoc ? info.Precedence : info.Precedence + 1);
                if (info.Op is BinaryOperator.In or BinaryOperator.NotIn)
                {
                    CheckInOperand(right);
                }

                left = new BinaryExpr(opToken.Position, info.Op, left, right);
            }
        }
        finally
        {
            _depth -= entered;
        }

        return left;
    }

    private void CheckInOperand(Expr right)
    {
        if (right is LiteralExpr { Value: long or double or bool or char or null })
        {
            throw Error(ParseErrorKind.MalformedInExpr, "'in' expects a string, array, object map or range", right.Position);
        }
    }

    private Expr ParseUnary()
    {
        var token = _current;
        switch (token.Kind)
        {
            case TokenKind.Minus:
            case TokenKind.Plus:
            case TokenKind.Bang:
                Advance();
                Enter(token.Position);
                try
                {
                    if (token.Kind == TokenKind.Minus && _current.Kind == TokenKind.IntegerLiteral && _current.Value is ulong)
                    {
                        // -9223372036854775808: the only literal that fits only when negated.
                        var literal = Advance();
                        return ParsePostfix(new LiteralExpr(token.Position, long.MinValue));
                    }

                    var operand = ParseUnary();
                    return token.Kind switch
                    {
                        TokenKind.Minus => operand switch
                        {
                            LiteralExpr { Value: long l } => new LiteralExpr(token.Position, -l),
                            LiteralExpr { Value: double d } => new LiteralExpr(token.Position, -d),
                            _ => new UnaryExpr(token.Position, UnaryOperator.Negate, operand),
                        },
                        TokenKind.Plus => operand is LiteralExpr { Value: long or double } ? operand : new UnaryExpr(token.Position, UnaryOperator.Plus, operand),
                        _ => new UnaryExpr(token.Position, UnaryOperator.Not, operand),
                    };
                }
                finally
                {
                    Exit();
                }

            default:
                return ParsePostfix(ParsePrimary());
        }
    }

    private Expr ParsePrimary()
    {
        var token = _current;
        switch (token.Kind)
        {
            case TokenKind.IntegerLiteral:
                Advance();
                // 9223372036854775808 without a minus does not fit an INT: Rhai reads it as a FLOAT.
                return new LiteralExpr(token.Position, token.Value is ulong u ? (double)u : token.Value);
            case TokenKind.FloatLiteral:
            case TokenKind.CharLiteral:
                Advance();
                return new LiteralExpr(token.Position, token.Value);
            case TokenKind.StringLiteral:
                Advance();
                CheckStringLiteral(token.Text, token.Position);
                return new LiteralExpr(token.Position, token.Value);
            case TokenKind.InterpolatedString:
                Advance();
                return ParseInterpolated(token);
            case TokenKind.True:
                Advance();
                return new LiteralExpr(token.Position, true);
            case TokenKind.False:
                Advance();
                return new LiteralExpr(token.Position, false);
            case TokenKind.LeftParen:
                Advance();
                if (_current.Kind == TokenKind.RightParen && _current.Start == token.End)
                {
                    // Rhai's unit literal is the single token `()`; `( )` with a space is an error.
                    Advance();
                    return new LiteralExpr(token.Position, null);
                }

                var inner = ParseExpressionOnly();
                Expect(TokenKind.RightParen, "to close the parenthesis");
                return inner;
            case TokenKind.LeftBracket:
                return ParseArray();
            case TokenKind.MapStart:
                return ParseMap();
            case TokenKind.Identifier:
                return ParseIdentifierExpression();
            case TokenKind.Global:
                {
                    Advance();
                    Expect(TokenKind.DoubleColon, "after 'global'");
                    var name = ExpectIdentifier("after 'global::'");
                    if (_current.Kind == TokenKind.LeftParen)
                    {
                        return new CallExpr(token.Position, name, ["global"], ParseArguments());
                    }

                    return new VariableExpr(token.Position, name, ["global"]);
                }

            case TokenKind.This:
                Advance();
                return new ThisExpr(token.Position);
            case TokenKind.If:
                if (!_options.Language.AllowIfExpression)
                {
                    throw Error(ParseErrorKind.WrongSyntax, "'if' cannot be used as an expression", token.Position);
                }

                return new StatementExpr(token.Position, Nested(token.Position, ParseIf));
            case TokenKind.Switch:
                if (!_options.Language.AllowSwitchExpression)
                {
                    throw Error(ParseErrorKind.WrongSyntax, "'switch' cannot be used as an expression", token.Position);
                }

                return new StatementExpr(token.Position, Nested(token.Position, ParseSwitch));
            case TokenKind.While:
            case TokenKind.Loop:
            case TokenKind.Do:
            case TokenKind.For:
                if (!_options.Language.AllowLoopExpressions || _expressionMode)
                {
                    throw Error(ParseErrorKind.WrongSyntax, "Loops cannot be used as expressions", token.Position);
                }

                return new StatementExpr(token.Position, Nested(token.Position, ParseLoop));
            case TokenKind.Break:
            case TokenKind.Continue:
            case TokenKind.Return:
            case TokenKind.Throw:
                {
                    // Rhai accepts these as expressions, e.g. `x ?? break 42` or a switch case `3 => break,`.
                    var stmt = ParseStatement(topLevel: false);
                    return new StatementExpr(stmt.Position, stmt);
                }

            case TokenKind.LeftBrace:
                if (!_options.Language.AllowStatementExpression || _expressionMode)
                {
                    throw Error(ParseErrorKind.WrongSyntax, "A block cannot be used as an expression", token.Position);
                }

                return new StatementExpr(token.Position, ParseBlock());
            case TokenKind.Pipe:
            case TokenKind.OrOr:
                return ParseClosure();
            case TokenKind.DotDot:
            case TokenKind.DotDotEq:
                {
                    // An open start (`s[..2]`, `s[..=2]`, `s[..]`) starts at 0.
                    Advance();
                    var zero = new LiteralExpr(token.Position, 0L);
                    if (_current.Kind == TokenKind.RightBracket)
                    {
                        return new BinaryExpr(token.Position, BinaryOperator.Range, zero, new LiteralExpr(token.Position, long.MaxValue));
                    }

                    var end = ParseBinary(141);
                    return new BinaryExpr(token.Position, token.Kind == TokenKind.DotDotEq ? BinaryOperator.RangeInclusive : BinaryOperator.Range, zero, end);
                }
            case TokenKind.Reserved:
                CheckReserved(token);
                break;
            case TokenKind.EndOfInput:
                throw Error(ParseErrorKind.UnexpectedEof, "Script is incomplete", token.Position);
            case TokenKind.Fn:
            case TokenKind.Private:
                throw Error(ParseErrorKind.WrongFnDefinition, "Functions can only be defined at global level", token.Position);
            case TokenKind.DocComment:
                throw Error(ParseErrorKind.WrongDocComment, "Doc comments must be followed by a function definition", token.Position);
        }

        throw Error(ParseErrorKind.BadInput, $"Unexpected '{Describe(token)}'", token.Position);
    }

    private void CheckStringLiteral(string text, Position position)
    {
        // Rhai measures strings in UTF-8 bytes.
        if (_options.MaxStringSize > 0 && System.Text.Encoding.UTF8.GetByteCount(text) > _options.MaxStringSize)
        {
            throw Error(ParseErrorKind.LiteralTooLarge, $"Length of string literal exceeds the maximum limit ({_options.MaxStringSize})", position);
        }
    }

    private Expr ParseIdentifierExpression()
    {
        var token = Advance();
        var name = (string)token.Value!;
        if (_current.Kind == TokenKind.DoubleColon)
        {
            var path = ImmutableArray.CreateBuilder<string>();
            path.Add(name);
            Advance();
            name = ExpectIdentifier("after '::'");
            while (Match(TokenKind.DoubleColon))
            {
                path.Add(name);
                name = ExpectIdentifier("after '::'");
            }

            var root = path[0];
            if (_options.Language.StrictVariables && _frame.Lookup(root, throughParents: true) is null)
            {
                throw Error(ParseErrorKind.ModuleUndefined, $"Undefined module '{root}'", token.Position);
            }

            if (_current.Kind == TokenKind.LeftParen)
            {
                return new CallExpr(token.Position, name, path.ToImmutable(), ParseArguments());
            }

            return new VariableExpr(token.Position, name, path.ToImmutable());
        }

        if (_current.Kind == TokenKind.LeftParen)
        {
            return new CallExpr(token.Position, name, [], ParseArguments());
        }

        if (_options.Language.StrictVariables && _frame.Lookup(name, throughParents: true) is null && !IsFunctionName(name))
        {
            throw Error(ParseErrorKind.VariableUndefined, $"Undefined variable '{name}'", token.Position);
        }

        return new VariableExpr(token.Position, name, []);
    }

    private bool IsFunctionName(string name) => _functions.Exists(f => f.Name == name);

    private ImmutableArray<Expr> ParseArguments()
    {
        var open = Expect(TokenKind.LeftParen, "to start the arguments");
        var args = new List<Expr>();
        while (_current.Kind != TokenKind.RightParen)
        {
            args.Add(ParseExpressionOnly());
            if (!Match(TokenKind.Comma))
            {
                break;
            }
        }

        if (_current.Kind != TokenKind.RightParen)
        {
            throw Error(ParseErrorKind.MissingToken, $"Expecting ')' to close the arguments started at {open.Position}, found '{Describe(_current)}'", _current.Position);
        }

        Advance();
        return ToImmutable(args);
    }

    private Expr ParsePostfix(Expr expr)
    {
        // Each link of a chain (`.b`, `[i]`, `.m()`, `?.b`) is one more level of depth, as in Rhai, whose chains nest
        // to the right; the tree is built here in a loop, and the levels are released when the chain ends.
        var entered = 0;
        try
        {
            return ParsePostfixLinks(expr, ref entered);
        }
        finally
        {
            _depth -= entered;
        }
    }

    private Expr ParsePostfixLinks(Expr expr, ref int entered)
    {
        while (true)
        {
            var token = _current;
            if (token.Kind is TokenKind.Dot or TokenKind.QuestionDot or TokenKind.LeftBracket or TokenKind.QuestionBracket)
            {
                Enter(token.Position);
                entered++;
            }

            switch (token.Kind)
            {
                case TokenKind.Dot:
                case TokenKind.QuestionDot:
                    {
                        Advance();
                        var nullSafe = token.Kind == TokenKind.QuestionDot;
                        var namePos = _current.Position;
                        string name;
                        if (_current.Kind == TokenKind.Identifier)
                        {
                            name = (string)Advance().Value!;
                        }
                        else
                        {
                            CheckReserved(_current);
                            throw Error(ParseErrorKind.PropertyExpected, $"Expecting a property or method name, found '{Describe(_current)}'", namePos);
                        }

                        if (_current.Kind == TokenKind.LeftParen)
                        {
                            expr = new MethodCallExpr(namePos, expr, name, ParseArguments(), nullSafe);
                        }
                        else
                        {
                            expr = new PropertyExpr(namePos, expr, name, nullSafe);
                        }

                        break;
                    }

                case TokenKind.LeftBracket:
                case TokenKind.QuestionBracket:
                    {
                        Advance();
                        var index = ParseExpressionOnly();
                        Expect(TokenKind.RightBracket, "to close the index");
                        CheckIndex(expr, index);
                        expr = new IndexExpr(token.Position, expr, index, token.Kind == TokenKind.QuestionBracket);
                        break;
                    }

                default:
                    return expr;
            }
        }
    }

    /// <summary>Rhai rejects index expressions whose types are wrong at parse time (MalformedIndexExpr).</summary>
    private void CheckIndex(Expr target, Expr index)
    {
        switch (index)
        {
            case LiteralExpr { Value: long }:
                if (target is MapExpr)
                {
                    throw Error(ParseErrorKind.MalformedIndexExpr, "Object map access expects a string index, not a number", index.Position);
                }

                if (target is LiteralExpr { Value: double or bool or char or null })
                {
                    throw Error(ParseErrorKind.MalformedIndexExpr, "Only arrays, object maps and strings can be indexed", target.Position);
                }

                break;
            case LiteralExpr { Value: string }:
            case InterpolatedStringExpr:
                if (target is ArrayExpr || target is LiteralExpr { Value: string })
                {
                    throw Error(ParseErrorKind.MalformedIndexExpr, "Array or string access expects a numeric index, not a string", index.Position);
                }

                if (target is LiteralExpr { Value: long or double or bool or char or null })
                {
                    throw Error(ParseErrorKind.MalformedIndexExpr, "Only arrays, object maps and strings can be indexed", target.Position);
                }

                break;
            case LiteralExpr { Value: double }:
                throw Error(ParseErrorKind.MalformedIndexExpr, "Array access expects an integer index, not a float", index.Position);
            case LiteralExpr { Value: bool or char or null }:
            case BinaryExpr { Operator: BinaryOperator.AndAlso or BinaryOperator.OrElse }:
                throw Error(ParseErrorKind.MalformedIndexExpr, "Index must be a number, a string or a range", index.Position);
        }
    }

    private Expr ParseArray()
    {
        var open = Advance();
        var items = new List<Expr>();
        while (_current.Kind != TokenKind.RightBracket)
        {
            items.Add(ParseExpressionOnly());
            if (!Match(TokenKind.Comma))
            {
                break;
            }
        }

        if (_current.Kind != TokenKind.RightBracket)
        {
            throw Error(ParseErrorKind.MissingToken, $"Expecting ']' to close the array literal, found '{Describe(_current)}'", _current.Position);
        }

        Advance();
        if (_options.MaxArraySize > 0 && items.Count > _options.MaxArraySize)
        {
            throw Error(ParseErrorKind.LiteralTooLarge, $"Size of array literal exceeds the maximum limit ({_options.MaxArraySize})", open.Position);
        }

        return new ArrayExpr(open.Position, ToImmutable(items));
    }

    private Expr ParseMap()
    {
        var open = Advance();
        var entries = new List<MapEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (_current.Kind != TokenKind.RightBrace)
        {
            var keyToken = _current;
            string key;
            switch (keyToken.Kind)
            {
                case TokenKind.Identifier:
                case TokenKind.StringLiteral:
                    key = keyToken.Text;
                    break;
                case TokenKind.InterpolatedString when keyToken.Value is InterpolationPart[] parts && Array.TrueForAll(parts, p => !p.IsCode):
                    key = string.Concat(parts.Select(p => p.Text));
                    break;
                case TokenKind.EndOfInput:
                    throw Error(ParseErrorKind.MissingToken, "Expecting '}' to close the object map literal", keyToken.Position);
                default:
                    CheckReserved(keyToken);
                    throw Error(ParseErrorKind.PropertyExpected, $"Expecting a property name, found '{Describe(keyToken)}'", keyToken.Position);
            }

            Advance();
            if (!keys.Add(key))
            {
                throw Error(ParseErrorKind.DuplicatedProperty, $"Duplicated property '{key}' in object map literal", keyToken.Position);
            }

            Expect(TokenKind.Colon, $"after the property name '{key}'");
            entries.Add(new MapEntry(key, ParseExpressionOnly(), keyToken.Position));
            if (!Match(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.RightBrace, "to close the object map literal");
        if (_options.MaxMapSize > 0 && entries.Count > _options.MaxMapSize)
        {
            throw Error(ParseErrorKind.LiteralTooLarge, $"Size of object map literal exceeds the maximum limit ({_options.MaxMapSize})", open.Position);
        }

        return new MapExpr(open.Position, ToImmutable(entries));
    }

    private Expr ParseInterpolated(Token token)
    {
        var parts = (InterpolationPart[])token.Value!;
        if (Array.TrueForAll(parts, p => !p.IsCode))
        {
            var text = string.Concat(parts.Select(p => p.Text));
            CheckStringLiteral(text, token.Position);
            return new LiteralExpr(token.Position, text);
        }

        var result = ImmutableArray.CreateBuilder<Expr>(parts.Length);
        foreach (var part in parts)
        {
            if (!part.IsCode)
            {
                CheckStringLiteral(part.Text ?? string.Empty, token.Position);
                result.Add(new LiteralExpr(token.Position, part.Text));
                continue;
            }

            Enter(part.CodePosition);
            try
            {
                var sub = new Parser(_source, new Lexer(_source, part.CodeStart, part.CodeEnd, part.CodePosition), _options, _functions, _functionKeys, _frame, _statements)
                {
                    _depth = _depth,
                    _maxDepth = _maxDepth,
                    _inFunction = _inFunction,
                    _expressionMode = _expressionMode,
                    _loopDepth = 0,
                };
                var mark = _frame.Count;
                var statements = new List<Stmt>();
                while (sub._current.Kind != TokenKind.EndOfInput)
                {
                    if (sub.Match(TokenKind.Semicolon))
                    {
                        continue;
                    }

                    var stmt = sub.ParseStatement(topLevel: false);
                    statements.Add(stmt);
                    sub.EndStatement(stmt);
                }

                _frame.Truncate(mark);
                result.Add(statements is [ExprStmt single]
                    ? single.Expression
                    : new StatementExpr(part.CodePosition, new BlockStmt(part.CodePosition, ToImmutable(statements))));
            }
            finally
            {
                Exit();
            }
        }

        return new InterpolatedStringExpr(token.Position, result.ToImmutable());
    }

    private SwitchStmt ParseSwitch()
    {
        var token = Advance();
        var subject = ParseExpressionOnly();
        Expect(TokenKind.LeftBrace, "to start the switch cases");
        var cases = new List<SwitchCase>();
        Expr? defaultCase = null;
        while (_current.Kind != TokenKind.RightBrace)
        {
            var caseToken = _current;
            if (caseToken.Kind == TokenKind.EndOfInput)
            {
                throw Error(ParseErrorKind.MissingToken, "Expecting '}' to close the switch", caseToken.Position);
            }

            if (defaultCase is not null)
            {
                throw Error(ParseErrorKind.WrongSwitchDefaultCase, "The default case '_' must be the last case", caseToken.Position);
            }

            Expr? guard = null;
            var patterns = ImmutableArray.CreateBuilder<Expr>();
            var isDefault = false;
            if (caseToken.Kind == TokenKind.Underscore)
            {
                Advance();
                isDefault = true;
            }
            else
            {
                do
                {
                    patterns.Add(ParseSwitchPattern());
                }
                while (Match(TokenKind.Pipe));
            }

            if (Match(TokenKind.If))
            {
                if (isDefault)
                {
                    throw Error(ParseErrorKind.WrongSwitchCaseCondition, "The default case cannot have a condition", caseToken.Position);
                }

                guard = ParseExpressionOnly();
            }

            Expect(TokenKind.DoubleArrow, "after the switch case");
            var bodyStart = _current.Kind;
            var body = bodyStart == TokenKind.LeftBrace ? new StatementExpr(_current.Position, ParseBlock()) : ParseStatementAsExpression();
            if (isDefault)
            {
                defaultCase = body;
            }
            else
            {
                cases.Add(new SwitchCase(patterns.ToImmutable(), guard, body, caseToken.Position));
            }

            if (!Match(TokenKind.Comma) && bodyStart != TokenKind.LeftBrace && _current.Kind != TokenKind.RightBrace)
            {
                throw Error(ParseErrorKind.MissingToken, $"Expecting ',' between switch cases, found '{Describe(_current)}'", _current.Position);
            }
        }

        Advance();
        return new SwitchStmt(token.Position, subject, ToImmutable(cases), defaultCase);
    }

    /// <summary>A switch body may be a statement such as <c>throw</c> or <c>return</c>; it is wrapped as an expression.</summary>
    private Expr ParseStatementAsExpression() => ParseExpressionOnly();

    private Expr ParseSwitchPattern()
    {
        Enter(_current.Position);
        try
        {
            // Above '|' (30), so 'a | b =>' separates alternatives.
            var pattern = ParseBinary(31);
            if (!IsConstant(pattern))
            {
                throw Error(ParseErrorKind.WrongSwitchCaseCondition, "A switch case must be a constant value or a range", pattern.Position);
            }

            return pattern;
        }
        finally
        {
            Exit();
        }
    }

    private static bool IsConstant(Expr expr) => DepthGuard.HasRoom() && expr switch
    {
        LiteralExpr => true,
        ArrayExpr a => a.Items.All(IsConstant),
        MapExpr m => m.Entries.All(e => IsConstant(e.Value)),
        BinaryExpr { Operator: BinaryOperator.Range or BinaryOperator.RangeInclusive } b => IsConstant(b.Left) && IsConstant(b.Right),
        UnaryExpr u => IsConstant(u.Operand),
        _ => false,
    };
}
