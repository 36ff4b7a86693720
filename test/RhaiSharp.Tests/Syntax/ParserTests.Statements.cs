using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.SyntaxTree;

namespace RhaiSharp.Tests.Syntax;

internal sealed partial class ParserTests
{
    [Test]
    public void Let_with_value() => Print("let x = 1 + 2;").Should().Be("let x = (1 + 2);");

    [Test]
    public void Let_without_value() => Print("let x;").Should().Be("let x;");

    [Test]
    public void Const_declaration()
    {
        var s = Single<LetStmt>("const X = 5;");
        s.IsConstant.Should().BeTrue();
        s.Name.Should().Be("X");
    }

    [Test]
    public void Assignment() => Print("x = 1;").Should().Be("x = 1;");

    [TestCase("+=")]
    [TestCase("-=")]
    [TestCase("*=")]
    [TestCase("/=")]
    [TestCase("%=")]
    [TestCase("**=")]
    [TestCase("<<=")]
    [TestCase(">>=")]
    [TestCase("&=")]
    [TestCase("|=")]
    [TestCase("^=")]
    public void Compound_assignment_keeps_its_operator(string op)
    {
        Print($"x {op} 2;").Should().Be($"x {op} 2;");
        Single<AssignStmt>($"x {op} 2;").Operator.Should().NotBeNull();
    }

    [Test]
    public void Assignment_to_a_property_chain() => Print("a.b[1].c = 2;").Should().Be("a.b[1].c = 2;");

    [Test]
    public void Assignment_to_this() => Print("fn f() { this = 1; }").Should().Be("fn f() { this = 1; }");

    [Test]
    public void If_statement() => Print("if a { b; }").Should().Be("if a { b; };");

    [Test]
    public void If_else_if_else_chain() =>
        Print("if a { 1 } else if b { 2 } else { 3 }").Should().Be("if a { 1; } else if b { 2; } else { 3; };");

    [Test]
    public void Statements_ending_in_a_block_need_no_semicolon() =>
        Parse("if a { 1 } let x = 2; while x { } x").Statements.Should().HaveCount(4);

    [Test]
    public void Last_statement_needs_no_semicolon() => Parse("let x = 1; x").Statements.Should().HaveCount(2);

    [Test]
    public void Switch_with_literal_cases() =>
        Print("switch x { 1 => a, \"s\" => b, 'c' => c, true => d }").Should().Be("switch x { 1 => a, \"s\" => b, 'c' => c, true => d, };");

    [Test]
    public void Switch_with_alternatives() => Print("switch x { 1 | 2 | 3 => a }").Should().Be("switch x { 1 | 2 | 3 => a, };");

    [Test]
    public void Switch_with_range_cases() => Print("switch x { 1..10 => a, 10..=20 => b }").Should().Be("switch x { (1 .. 10) => a, (10 ..= 20) => b, };");

    [Test]
    public void Switch_with_guard() => Print("switch x { 1 if y > 0 => a }").Should().Be("switch x { 1 if (y > 0) => a, };");

    [Test]
    public void Switch_with_default_last() => Print("switch x { 1 => a, _ => b }").Should().Be("switch x { 1 => a, _ => b, };");

    [Test]
    public void Switch_with_block_bodies_needs_no_commas() =>
        Print("switch x { 1 => { a } 2 => { b } }").Should().Be("switch x { 1 => { a; }, 2 => { b; }, };");

    [Test]
    public void Switch_case_may_be_a_break() => Print("loop { switch x { 3 => break, _ => () } }").Should().Be("loop { switch x { 3 => break, _ => (), }; };");

    [Test]
    public void Switch_node_records_patterns_guard_and_default()
    {
        var s = Single<SwitchStmt>("switch x { 1 | 2 if g => a, _ => b }");
        s.Cases.Should().ContainSingle().Which.Patterns.Should().HaveCount(2);
        s.Cases[0].Guard.Should().NotBeNull();
        s.Default.Should().NotBeNull();
    }

    [Test]
    public void While_loop() => Print("while x < 10 { x += 1; }").Should().Be("while (x < 10) { x += 1; };");

    [Test]
    public void Infinite_loop() => Print("loop { break; }").Should().Be("loop { break; };");

    [Test]
    public void Do_while_loop() => Print("do { x += 1; } while x < 10;").Should().Be("do { x += 1; } while (x < 10);");

    [Test]
    public void Do_until_loop() => Single<DoStmt>("do { x += 1; } until x > 10;").IsUntil.Should().BeTrue();

    [Test]
    public void For_in_loop() => Print("for x in [1, 2] { print(x); }").Should().Be("for x in [1, 2] { print(x); };");

    [Test]
    public void For_with_counter() => Print("for (x, i) in a { }").Should().Be("for (x, i) in a { };");

    [Test]
    public void For_loop_over_a_range() => Single<ForStmt>("for i in 0..10 { }").Iterable.Should().BeOfType<BinaryExpr>();

    [Test]
    public void Break_with_value() => Print("loop { break 42; }").Should().Be("loop { break 42; };");

    [Test]
    public void Continue_in_loop() => Print("while true { continue; }").Should().Be("while true { continue; };");

    [Test]
    public void Return_with_and_without_value() => Print("fn f() { if a { return; } return 1; }").Should().Be("fn f() { if a { return; }; return 1; }");

    [Test]
    public void Throw_with_value() => Print("throw \"boom\";").Should().Be("throw \"boom\";");

    [Test]
    public void Bare_throw() => Print("throw;").Should().Be("throw;");

    [Test]
    public void Try_catch_with_variable() => Print("try { f(); } catch (e) { print(e); }").Should().Be("try { f(); } catch (e) { print(e); };");

    [Test]
    public void Try_catch_without_variable() => Single<TryStmt>("try { f(); } catch { }").CatchVariable.Should().BeNull();

    [Test]
    public void Function_definition() => Print("fn add(a, b) { a + b }").Should().Be("fn add(a, b) { (a + b); }");

    [Test]
    public void Private_function()
    {
        var ast = Parse("private fn f() { }");
        ast.Functions.Should().ContainSingle().Which.IsPrivate.Should().BeTrue();
        Print("private fn f() { }").Should().Be("private fn f() { }");
    }

    [Test]
    public void Typed_method_definition()
    {
        Parse("fn int.foo() { this + 1 }").Functions.Should().ContainSingle().Which.ThisType.Should().Be("int");
        Print("fn int.foo() { this + 1 }").Should().Be("fn int.foo() { (this + 1); }");
    }

    [Test]
    public void Typed_method_with_quoted_type() => Parse("fn \"Custom-Type\".foo() { }").Functions[0].ThisType.Should().Be("Custom-Type");

    [Test]
    public void Doc_comments_attach_to_the_function() =>
        Parse("/// Adds.\n/// Really.\nfn add(a) { a }").Functions[0].DocComments.Should().HaveCount(2);

    [Test]
    public void Functions_overload_by_arity() => Parse("fn f() {} fn f(a) {} fn f(a, b) {}").Functions.Should().HaveCount(3);

    [Test]
    public void Function_parameters_allow_a_trailing_comma() => Parse("fn f(a, b,) {}").Functions[0].Parameters.Should().Equal("a", "b");

    [Test]
    public void Import_with_alias() => Print("import \"m\" as m;").Should().Be("import \"m\" as m;");

    [Test]
    public void Import_without_alias() => Print("import \"m\";").Should().Be("import \"m\";");

    [Test]
    public void Export_list_with_alias() => Print("let a = 1; let b = 2; export a, b as c;").Should().Be("let a = 1; let b = 2; export a, b as c;");

    [Test]
    public void Export_let_and_const() => Print("export let a = 1; export const B = 2;").Should().Be("export let a = 1; export const B = 2;");

    [Test]
    public void Empty_statements_are_skipped() => Parse(";;; let x = 1;;;").Statements.Should().ContainSingle();

    [Test]
    public void Empty_script_parses() => Parse("").Statements.Should().BeEmpty();

    [Test]
    public void Comments_are_ignored() => Print("// c\nlet /* inline */ x = 1; /* end */").Should().Be("let x = 1;");

    [Test]
    public void Nested_blocks() => Print("{ let x = 1; { x } }").Should().Be("{ let x = 1; { x; }; };");

    [Test]
    public void Statement_position_is_line_and_column_of_its_first_token()
    {
        var s = Parse("let a = 1;\n  a += 2;").Statements[1];
        (s.Position.Line, s.Position.Column).Should().Be((2, 3));
    }

    [Test]
    public void Compile_expression_accepts_if_with_expression_blocks() =>
        new Engine().CompileExpression("if x > 0 { 42 } else { 123 }").Should().NotBeNull();

    [Test]
    public void Compile_expression_accepts_closures() =>
        new Engine().CompileExpression("[1, 2].map(|x| x * x)").Should().NotBeNull();
}
