using System.Collections.Immutable;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Syntax;

// Functions and closures: ports rhai/src/parser.rs parse_fn and parse_anon_fn.
internal sealed partial class Parser
{
    private void ParseFunction(ImmutableArray<string> docs)
    {
        var start = _current.Position;
        var isPrivate = Match(TokenKind.Private);
        Expect(TokenKind.Fn, "after 'private'");

        string? thisType = null;
        if (_current.Kind is TokenKind.Identifier or TokenKind.StringLiteral && Peek().Kind == TokenKind.Dot)
        {
            thisType = _current.Text;
            Advance();
            Advance();
        }

        var namePos = _current.Position;
        if (_current.Kind != TokenKind.Identifier)
        {
            CheckReserved(_current);
            throw Error(ParseErrorKind.FnMissingName, $"Expecting a function name, found '{Describe(_current)}'", namePos);
        }

        var name = (string)Advance().Value!;
        if (_current.Kind != TokenKind.LeftParen)
        {
            throw Error(ParseErrorKind.FnMissingParams, $"Expecting parameters for function '{name}'", _current.Position);
        }

        var parameters = ParseParameters(TokenKind.LeftParen, TokenKind.RightParen, name);
        if (_current.Kind != TokenKind.LeftBrace)
        {
            throw Error(ParseErrorKind.FnMissingBody, $"Expecting a body for function '{name}'", _current.Position);
        }

        var body = ParseFunctionBody(parameters, new VariableFrame(null), _options.Language.MaxFunctionExprDepth, ParseBlock);

        if (!_functionKeys.Add((name, parameters.Length)))
        {
            throw Error(ParseErrorKind.FnDuplicatedDefinition, $"Function '{name}' with {parameters.Length} parameter(s) is already defined", namePos);
        }

        if (_options.Language.MaxFunctions > 0 && _functionKeys.Count > _options.Language.MaxFunctions)
        {
            throw Error(ParseErrorKind.TooManyFunctions, $"Too many functions (limit {_options.Language.MaxFunctions})", namePos);
        }

        _functions.Add(new FunctionDef(start, name, parameters, body, isPrivate, thisType, docs, isClosure: false));
    }

    private ImmutableArray<string> ParseParameters(TokenKind open, TokenKind close, string owner)
    {
        Expect(open, "to start the parameters");
        var parameters = ImmutableArray.CreateBuilder<string>();
        while (_current.Kind != close)
        {
            var pos = _current.Position;
            var parameter = ExpectIdentifier($"for a parameter of '{owner}'");
            if (parameters.Contains(parameter))
            {
                throw Error(ParseErrorKind.FnDuplicatedParam, $"Duplicated parameter '{parameter}' of '{owner}'", pos);
            }

            parameters.Add(parameter);
            if (!Match(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(close, "to end the parameters");
        return parameters.ToImmutable();
    }

    /// <summary>Parses a body with its own variables, loop context and depth budget, then restores the caller's.</summary>
    private BlockStmt ParseFunctionBody(ImmutableArray<string> parameters, VariableFrame frame, int maxDepth, Func<BlockStmt> parseBody)
    {
        foreach (var p in parameters)
        {
            frame.Declare(p, false);
        }

        var (savedFrame, savedDepth, savedMax, savedLoop, savedInFunction) = (_frame, _depth, _maxDepth, _loopDepth, _inFunction);
        _frame = frame;
        _depth = 0;
        _maxDepth = maxDepth;
        _loopDepth = 0;
        _inFunction = true;
        try
        {
            return parseBody();
        }
        finally
        {
            (_frame, _depth, _maxDepth, _loopDepth, _inFunction) = (savedFrame, savedDepth, savedMax, savedLoop, savedInFunction);
        }
    }

    private Expr ParseClosure()
    {
        var token = _current;
        if (!_options.Language.AllowAnonymousFn)
        {
            throw Error(ParseErrorKind.WrongSyntax, "Anonymous functions are not allowed", token.Position);
        }

        ImmutableArray<string> parameters;
        if (token.Kind == TokenKind.OrOr)
        {
            Advance();
            parameters = [];
        }
        else
        {
            parameters = ParseParameters(TokenKind.Pipe, TokenKind.Pipe, "closure");
        }

        // Closures may read and capture the enclosing function's variables, so their frame chains to it.
        var depthBudget = _maxDepth == 0 ? 0 : Math.Max(_maxDepth - _depth, 1) + _depth;
        var savedDepth = _depth;
        var body = ParseFunctionBody(parameters, new VariableFrame(_frame), _maxDepth, () =>
        {
            _depth = savedDepth;
            _maxDepth = depthBudget;
            if (_current.Kind == TokenKind.LeftBrace)
            {
                return ParseBlock();
            }

            // Rhai parses the body as a statement, so `|| n += 1` is an assignment.
            var stmt = ParseStatement(topLevel: false);
            return new BlockStmt(stmt.Position, [stmt]);
        });

        var name = $"{Values.FnPtr.AnonymousPrefix}{token.Position.Line}_{token.Position.Column}_{_closureCounter++}";
        var def = new FunctionDef(token.Position, name, parameters, body, isPrivate: true, thisType: null, docComments: [], isClosure: true);
        return new ClosureExpr(token.Position, def);
    }
}
