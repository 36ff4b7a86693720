namespace RhaiSharp.SyntaxTree;

/// <summary>Binary operators. <see cref="AndAlso"/>, <see cref="OrElse"/> and <see cref="Coalesce"/> short-circuit.</summary>
internal enum BinaryOperator : byte
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    ShiftLeft,
    ShiftRight,
    BitAnd,
    BitOr,
    BitXor,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    AndAlso,
    OrElse,
    Coalesce,
    In,
    NotIn,
    Range,
    RangeInclusive,
}

/// <summary>How operators are written in source.</summary>
internal static class OperatorSymbols
{
    /// <summary>The operator as a script writes it; also the name of the function that overloads it.</summary>
    public static string Symbol(this BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Power => "**",
        BinaryOperator.ShiftLeft => "<<",
        BinaryOperator.ShiftRight => ">>",
        BinaryOperator.BitAnd => "&",
        BinaryOperator.BitOr => "|",
        BinaryOperator.BitXor => "^",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.AndAlso => "&&",
        BinaryOperator.OrElse => "||",
        BinaryOperator.Coalesce => "??",
        BinaryOperator.In => "in",
        BinaryOperator.NotIn => "!in",
        BinaryOperator.Range => "..",
        BinaryOperator.RangeInclusive => "..=",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}

/// <summary>Unary operators.</summary>
internal enum UnaryOperator : byte
{
    Negate,
    Plus,
    Not,
}
