using System.Collections.Immutable;

namespace RhaiSharp.SyntaxTree;

/// <summary>One arm of a <c>switch</c>: constant patterns (literals or INT ranges), an optional guard, and the body.</summary>
internal sealed record SwitchCase(ImmutableArray<Expr> Patterns, Expr? Guard, Expr Body, Position Position);
