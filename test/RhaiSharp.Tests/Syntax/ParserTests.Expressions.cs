using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Tests.Syntax;

internal sealed partial class ParserTests
{
    // ---- precedence (spec a2.1) ----

    [Test]
    public void Shift_binds_tighter_than_addition() => Expr("1 + 2 << 3").Should().Be("(1 + (2 << 3))");

    [Test]
    public void Shift_binds_tighter_than_multiplication() => Expr("2 * 1 << 3").Should().Be("(2 * (1 << 3))");

    [Test]
    public void Multiplication_binds_tighter_than_addition() => Expr("1 + 2 * 3").Should().Be("(1 + (2 * 3))");

    [Test]
    public void Power_binds_tighter_than_multiplication() => Expr("2 * 3 ** 2").Should().Be("(2 * (3 ** 2))");

    [Test]
    public void Power_is_right_associative() => Expr("2 ** 3 ** 2").Should().Be("(2 ** (3 ** 2))");

    [Test]
    public void Subtraction_is_left_associative() => Expr("1 - 2 - 3").Should().Be("((1 - 2) - 3)");

    [Test]
    public void Division_and_modulo_are_left_associative() => Expr("8 / 4 % 3").Should().Be("((8 / 4) % 3)");

    [Test]
    public void Logical_and_and_bitwise_and_share_a_level() => Expr("a && b & c && d").Should().Be("(((a && b) & c) && d)");

    [Test]
    public void Logical_or_bitwise_or_and_xor_share_a_level() => Expr("a || b | c ^ d").Should().Be("(((a || b) | c) ^ d)");

    [Test]
    public void And_binds_tighter_than_or() => Expr("a || b && c").Should().Be("(a || (b && c))");

    [Test]
    public void Equality_binds_tighter_than_and() => Expr("a == b && c != d").Should().Be("((a == b) && (c != d))");

    [Test]
    public void In_binds_looser_than_comparison() => Expr("a < b in c").Should().Be("((a < b) in c)");

    [Test]
    public void In_binds_tighter_than_equality() => Expr("x in y == true").Should().Be("((x in y) == true)");

    [Test]
    public void Not_in_is_a_binary_operator() => Expr("x !in [1, 2]").Should().Be("(x !in [1, 2])");

    [Test]
    public void Coalesce_binds_looser_than_range() => Expr("a ?? 1 .. 2").Should().Be("(a ?? (1 .. 2))");

    [Test]
    public void Coalesce_binds_tighter_than_comparison() => Expr("a ?? b < c").Should().Be("((a ?? b) < c)");

    [Test]
    public void Coalesce_is_left_associative() => Expr("a ?? b ?? c").Should().Be("((a ?? b) ?? c)");

    [Test]
    public void Range_binds_looser_than_addition() => Expr("1 + 2 .. 3 + 4").Should().Be("((1 + 2) .. (3 + 4))");

    [Test]
    public void Inclusive_range_parses() => Expr("0 ..= n").Should().Be("(0 ..= n)");

    [Test]
    public void Unary_minus_binds_tighter_than_power() => Expr("-x ** 3").Should().Be("((-x) ** 3)");

    [Test]
    public void Negative_literal_is_folded() => Expr("-2 ** 3").Should().Be("((-2) ** 3)");

    [Test]
    public void Unary_after_binary_operator() => Expr("1 - -1").Should().Be("(1 - (-1))");

    [Test]
    public void Not_applies_to_the_operand_only() => Expr("!a && b").Should().Be("((!a) && b)");

    [Test]
    public void Unary_plus_on_a_variable_is_kept() => Expr("+x").Should().Be("(+x)");

    [Test]
    public void Parentheses_override_precedence() => Expr("(1 + 2) * 3").Should().Be("((1 + 2) * 3)");

    [Test]
    public void Min_int_literal_is_folded_from_unary_minus() =>
        Parse("-9223372036854775808").Statements[0].Should().BeOfType<ExprStmt>()
            .Which.Expression.Should().BeOfType<LiteralExpr>().Which.Value.Should().Be(long.MinValue);

    [Test]
    public void Binary_operator_node_is_positioned_at_the_operator()
    {
        var e = (BinaryExpr)((ExprStmt)Parse("a +\n  b").Statements[0]).Expression;
        (e.Position.Line, e.Position.Column).Should().Be((1, 3));
    }

    // ---- literals, arrays, maps ----

    [Test]
    public void Float_literal_prints_with_a_fraction() => Expr("1.0").Should().Be("1.0");

    [Test]
    public void Negative_float_literal_is_parenthesized() => Expr("-1.5").Should().Be("(-1.5)");

    [Test]
    public void Exponent_float_literal_parses() => Expr("1e3").Should().Be("1000.0");

    [Test]
    public void String_with_escapes_prints_escaped() => Expr("\"a\\n\\\"b\"").Should().Be("\"a\\n\\\"b\"");

    [Test]
    public void Char_literal_parses() => Expr("'x'").Should().Be("'x'");

    [Test]
    public void Unit_literal_parses() => Expr("()").Should().Be("()");

    [Test]
    public void Array_literal_allows_a_trailing_comma() => Expr("[1, 2, 3,]").Should().Be("[1, 2, 3]");

    [Test]
    public void Nested_array_literal_parses() => Expr("[[1], []]").Should().Be("[[1], []]");

    [Test]
    public void Map_literal_accepts_identifier_and_string_keys() => Expr("#{a: 1, \"b c\": 2}").Should().Be("#{\"a\": 1, \"b c\": 2}");

    [Test]
    public void Empty_map_literal_parses() => Expr("#{}").Should().Be("#{}");

    // ---- strings ----

    [Test]
    public void Interpolated_string_with_expression() => Expr("`a${x + 1}b`").Should().Be("`a${(x + 1)}b`");

    [Test]
    public void Interpolated_string_without_code_is_a_plain_string() => Expr("`abc`").Should().Be("\"abc\"");

    [Test]
    public void Interpolated_strings_nest() => Expr("`a${`b${c}`}d`").Should().Be("`a${`b${c}`}d`");

    [Test]
    public void Interpolated_string_code_may_hold_statements() => Expr("`${let y = 1; y}`").Should().Be("`${let y = 1; y; }`");

    [Test]
    public void Interpolation_node_holds_literal_and_code_parts()
    {
        var e = ((ExprStmt)Parse("`x${y}z`").Statements[0]).Expression.Should().BeOfType<InterpolatedStringExpr>().Subject;
        e.Parts.Should().HaveCount(3);
        e.Parts[1].Should().BeOfType<VariableExpr>();
    }

    // ---- variables, calls, chains ----

    [Test]
    public void Function_call_with_arguments() => Expr("f(1, a, \"s\")").Should().Be("f(1, a, \"s\")");

    [Test]
    public void Function_call_allows_a_trailing_comma() => Expr("f(1, 2,)").Should().Be("f(1, 2)");

    [Test]
    public void Namespaced_call() => Expr("a::b::f(1)").Should().Be("a::b::f(1)");

    [Test]
    public void Namespaced_variable() => Expr("a::b::X").Should().Be("a::b::X");

    [Test]
    public void Global_namespace_variable() => Expr("global::X").Should().Be("global::X");

    [Test]
    public void Global_namespace_call() => Expr("global::f(1)").Should().Be("global::f(1)");

    [Test]
    public void Method_call_chain() => Expr("a.b(1).c()").Should().Be("a.b(1).c()");

    [Test]
    public void Property_access_chain() => Expr("a.b.c").Should().Be("a.b.c");

    [Test]
    public void Indexing_chain() => Expr("a[1][\"k\"]").Should().Be("a[1][\"k\"]");

    [Test]
    public void Mixed_chain_of_properties_indexes_and_methods() => Expr("a.b[0].c(x)[1]").Should().Be("a.b[0].c(x)[1]");

    [Test]
    public void Null_safe_property_access() => Expr("a?.b").Should().Be("a?.b");

    [Test]
    public void Null_safe_method_call() => Expr("a?.m(1)").Should().Be("a?.m(1)");

    [Test]
    public void Null_safe_index() => Expr("a?[0]").Should().Be("a?[0]");

    [Test]
    public void Method_call_binds_tighter_than_unary_minus() => Expr("-a.b()").Should().Be("(-a.b())");

    [Test]
    public void Method_call_on_a_literal() => Expr("\"abc\".len()").Should().Be("\"abc\".len()");

    [Test]
    public void Range_index() => Expr("s[1..3]").Should().Be("s[(1 .. 3)]");

    [Test]
    public void This_is_an_expression() => Expr("this.x").Should().Be("this.x");

    [Test]
    public void Fn_pointer_constructor_is_a_call() => Expr("Fn(\"foo\")").Should().Be("Fn(\"foo\")");

    [Test]
    public void Property_node_is_positioned_at_the_name()
    {
        var e = (PropertyExpr)((ExprStmt)Parse("abc.def").Statements[0]).Expression;
        (e.Position.Line, e.Position.Column).Should().Be((1, 5));
    }

    // ---- closures ----

    [Test]
    public void Closure_with_parameters() => Expr("|a, b| a + b").Should().Be("|a, b| { (a + b); }");

    [Test]
    public void Closure_without_parameters() => Expr("|| 42").Should().Be("|| { 42; }");

    [Test]
    public void Closure_with_block_body() => Expr("|x| { let y = x; y }").Should().Be("|x| { let y = x; y; }");

    [Test]
    public void Closure_body_may_be_an_assignment() => Expr("|| n += 1").Should().Be("|| { n += 1; }");

    [Test]
    public void Closure_as_a_method_argument() => Expr("a.map(|x| x * 2)").Should().Be("a.map(|x| { (x * 2); })");

    [Test]
    public void Closure_is_a_private_closure_function()
    {
        var e = ((ExprStmt)Parse("|a| a").Statements[0]).Expression.Should().BeOfType<ClosureExpr>().Subject;
        e.Function.IsClosure.Should().BeTrue();
        e.Function.Parameters.Should().Equal("a");
    }

    // ---- statement expressions ----

    [Test]
    public void If_expression() => Print("let x = if a { 1 } else { 2 };").Should().Be("let x = if a { 1; } else { 2; };");

    [Test]
    public void Switch_expression() => Print("let x = switch a { 1 => 2, _ => 3 };").Should().Be("let x = switch a { 1 => 2, _ => 3, };");

    [Test]
    public void Block_expression() => Expr("40 + { 2 }").Should().Be("(40 + { 2; })");

    [Test]
    public void Loop_expression_with_break_value() => Print("let x = loop { break 42; };").Should().Be("let x = loop { break 42; };");

    [Test]
    public void Break_may_be_used_as_an_expression() => Print("for n in a { n ?? break 42; }").Should().Be("for n in a { (n ?? break 42); };");
}
