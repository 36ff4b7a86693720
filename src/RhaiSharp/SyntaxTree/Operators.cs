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

/// <summary>Unary operators.</summary>
internal enum UnaryOperator : byte
{
    Negate,
    Plus,
    Not,
}
