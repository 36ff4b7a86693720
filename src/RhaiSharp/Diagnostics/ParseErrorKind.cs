namespace RhaiSharp;

/// <summary>Kinds of parse errors, modelled on Rhai's <c>ParseErrorType</c>.</summary>
public enum ParseErrorKind
{
    /// <summary>Input that is not a valid token.</summary>
    BadInput,
    /// <summary>The script ended where more was expected.</summary>
    UnexpectedEof,
    /// <summary>An unknown operator.</summary>
    UnknownOperator,
    /// <summary>A closing delimiter is missing.</summary>
    MissingToken,
    /// <summary>A symbol other than the one required.</summary>
    MissingSymbol,
    /// <summary>A malformed function call.</summary>
    MalformedCallExpr,
    /// <summary>A malformed index expression, e.g. indexing an array with a string literal.</summary>
    MalformedIndexExpr,
    /// <summary>A malformed <c>in</c> expression.</summary>
    MalformedInExpr,
    /// <summary>A malformed capture of a closure.</summary>
    MalformedCapture,
    /// <summary>A map literal key defined twice.</summary>
    DuplicatedProperty,
    /// <summary>A switch case duplicated where not allowed.</summary>
    DuplicatedSwitchCase,
    /// <summary>A variable name is expected.</summary>
    VariableExpected,
    /// <summary>A variable name is forbidden.</summary>
    ForbiddenVariable,
    /// <summary>A variable is not defined (strict variables mode).</summary>
    VariableUndefined,
    /// <summary>A module is not defined (strict variables mode).</summary>
    ModuleUndefined,
    /// <summary>The default case of a switch is not last.</summary>
    WrongSwitchDefaultCase,
    /// <summary>A switch case condition is not allowed.</summary>
    WrongSwitchCaseCondition,
    /// <summary>A property name is expected.</summary>
    PropertyExpected,
    /// <summary>A function name is expected.</summary>
    FnMissingName,
    /// <summary>A function's parameters are missing.</summary>
    FnMissingParams,
    /// <summary>A function parameter is defined twice.</summary>
    FnDuplicatedParam,
    /// <summary>A function body is missing.</summary>
    FnMissingBody,
    /// <summary>A function is defined twice with the same arity.</summary>
    FnDuplicatedDefinition,
    /// <summary>A doc comment is not followed by a function.</summary>
    WrongDocComment,
    /// <summary>A function is defined where it is not allowed.</summary>
    WrongFnDefinition,
    /// <summary>An <c>export</c> statement where it is not allowed.</summary>
    WrongExport,
    /// <summary>Assignment to a constant or literal.</summary>
    AssignmentToConstant,
    /// <summary>Assignment to something that is not a variable, property or index.</summary>
    AssignmentToInvalidLHS,
    /// <summary>An expression is nested too deeply.</summary>
    ExprTooDeep,
    /// <summary>A literal is larger than the configured limit.</summary>
    LiteralTooLarge,
    /// <summary><c>break</c> or <c>continue</c> outside a loop.</summary>
    LoopBreak,
    /// <summary>A reserved keyword or symbol.</summary>
    Reserved,
    /// <summary>A keyword or syntax that is disabled by an option.</summary>
    WrongSyntax,
    /// <summary>Too many functions.</summary>
    TooManyFunctions,
    /// <summary>A statement appears where only an expression is allowed.</summary>
    ExprExpected,
    /// <summary>A variable is declared twice where shadowing is disabled.</summary>
    VariableExists,
    /// <summary>The script's text is longer than <see cref="EngineOptions.MaxScriptLength"/>.</summary>
    ScriptTooLarge,
    /// <summary>The script has more statements than <see cref="EngineOptions.MaxStatements"/>.</summary>
    TooManyStatements,
}
