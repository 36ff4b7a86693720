using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Syntax;

namespace RhaiSharp.Tests.Syntax;

internal sealed partial class ParserTests
{
    private static readonly ParseOptions Strict = ParseOptions.Default with { Language = LanguageOptions.Default with { StrictVariables = true } };

    // ---- malformed expressions ----

    [Test]
    public void String_index_into_array_literal_is_malformed() => ShouldFail("[1,2,3]['x']", ParseErrorKind.MalformedIndexExpr, 1, 9);

    [Test]
    public void String_index_into_array_literal_with_double_quotes_is_malformed() => ShouldFail("[1, 2, 3][\"x\"]", ParseErrorKind.MalformedIndexExpr, 1, 11);

    [Test]
    public void Float_index_is_malformed() => ShouldFail("a[1.5]", ParseErrorKind.MalformedIndexExpr, 1, 3);

    [Test]
    public void Number_index_into_map_literal_is_malformed() => ShouldFail("#{a: 1}[0]", ParseErrorKind.MalformedIndexExpr, 1, 9);

    [Test]
    public void In_with_a_number_on_the_right_is_malformed() => ShouldFail("x in 42", ParseErrorKind.MalformedInExpr, 1, 6);

    [Test]
    public void Duplicated_map_property() => ShouldFail("#{a: 1, a: 2}", ParseErrorKind.DuplicatedProperty, 1, 9);

    [Test]
    public void Map_key_must_be_a_name() => ShouldFail("#{1: 2}", ParseErrorKind.PropertyExpected, 1, 3);

    [Test]
    public void Property_name_expected_after_dot() => ShouldFail("a.1", ParseErrorKind.PropertyExpected, 1, 3);

    [Test]
    public void Incomplete_expression_is_unexpected_eof() => ShouldFail("1 +", ParseErrorKind.UnexpectedEof, 1, 4);

    [Test]
    public void Stray_token_is_bad_input() => ShouldFail("let x = );", ParseErrorKind.BadInput, 1, 9);

    // ---- assignments ----

    [Test]
    public void Assignment_to_an_expression_is_invalid() => ShouldFail("(x + y) = 1;", ParseErrorKind.AssignmentToInvalidLHS, 1, 4);

    [Test]
    public void Assignment_to_a_call_is_invalid() => ShouldFail("foo(x) = 1;", ParseErrorKind.AssignmentToInvalidLHS, 1, 1);

    [Test]
    public void Assignment_to_a_method_call_is_invalid() => ShouldFail("x.foo() = 1;", ParseErrorKind.AssignmentToInvalidLHS, 1, 3);

    [Test]
    public void Assignment_to_a_literal_is_assignment_to_constant() => ShouldFail("42 = x;", ParseErrorKind.AssignmentToConstant, 1, 1);

    [Test]
    public void Assignment_to_a_declared_constant() => ShouldFail("const x = 1;\nx = 2;", ParseErrorKind.AssignmentToConstant, 2, 1);

    [Test]
    public void Compound_assignment_to_a_declared_constant() => ShouldFail("const x = 1; x += 2;", ParseErrorKind.AssignmentToConstant, 1, 14);

    [Test]
    public void Index_assignment_through_a_constant_is_left_to_run_time() => Parse("const x = [1]; x[0] = 2;").Statements.Should().HaveCount(2);

    [Test]
    public void Assignment_to_a_shadowing_variable_is_allowed() => Parse("const x = 1; let x = 2; x = 3;").Statements.Should().HaveCount(3);

    [Test]
    public void Assignment_in_compile_expression_is_rejected()
    {
        var act = () => new Engine().CompileExpression("x = 1");
        act.Should().Throw<ParseException>().Which.Kind.Should().Be(ParseErrorKind.ExprExpected);
    }

    // ---- functions ----

    [Test]
    public void Duplicated_function() => ShouldFail("fn f(a) {}\nfn f(b) {}", ParseErrorKind.FnDuplicatedDefinition, 2, 4);

    [Test]
    public void Duplicated_parameter() => ShouldFail("fn f(a, b, a) {}", ParseErrorKind.FnDuplicatedParam, 1, 12);

    [Test]
    public void Function_without_name() => ShouldFail("fn (a) {}", ParseErrorKind.FnMissingName, 1, 4);

    [Test]
    public void Function_without_parameters() => ShouldFail("fn f {}", ParseErrorKind.FnMissingParams, 1, 6);

    [Test]
    public void Function_without_body() => ShouldFail("fn f(a);", ParseErrorKind.FnMissingBody, 1, 8);

    [Test]
    public void Function_inside_a_block() => ShouldFail("{\n  fn f() {}\n}", ParseErrorKind.WrongFnDefinition, 2, 3);

    [Test]
    public void Function_inside_a_function() => ShouldFail("fn f() { fn g() {} }", ParseErrorKind.WrongFnDefinition, 1, 10);

    [Test]
    public void Doc_comment_not_followed_by_fn() => ShouldFail("/// doc\nlet x = 1;", ParseErrorKind.WrongDocComment, 2, 1);

    [Test]
    public void Too_many_functions() =>
        ShouldFail("fn a() {} fn b() {}", ParseErrorKind.TooManyFunctions, 1, 14, ParseOptions.Default with { Language = LanguageOptions.Default with { MaxFunctions = 1 } });

    // ---- loops, switch ----

    [Test]
    public void Break_outside_a_loop() => ShouldFail("let x = 1;\nbreak;", ParseErrorKind.LoopBreak, 2, 1);

    [Test]
    public void Continue_outside_a_loop() => ShouldFail("if x { continue; }", ParseErrorKind.LoopBreak, 1, 8);

    [Test]
    public void Break_inside_a_function_inside_a_loop_is_outside_a_loop() =>
        ShouldFail("loop { let f = || { break; }; }", ParseErrorKind.LoopBreak, 1, 21);

    [Test]
    public void Switch_default_not_last() => ShouldFail("switch x { _ => 1, 2 => 3 }", ParseErrorKind.WrongSwitchDefaultCase, 1, 20);

    [Test]
    public void Switch_default_with_condition() => ShouldFail("switch x { _ if y => 1 }", ParseErrorKind.WrongSwitchCaseCondition, 1, 12);

    [Test]
    public void Switch_case_must_be_constant() => ShouldFail("switch x { y => 1 }", ParseErrorKind.WrongSwitchCaseCondition, 1, 12);

    [Test]
    public void Do_without_while_or_until() => ShouldFail("do { } x", ParseErrorKind.MissingToken, 1, 8);

    // ---- tokens, blocks, semicolons ----

    [Test]
    public void Reserved_word_var() => ShouldFail("var x = 1;", ParseErrorKind.Reserved, 1, 1);

    [Test]
    public void Reserved_word_as_variable_name() => ShouldFail("let default = 1;", ParseErrorKind.Reserved, 1, 5);

    [Test]
    public void Missing_semicolon_between_statements() => ShouldFail("let x = 1\nlet y = 2;", ParseErrorKind.MissingToken, 2, 1);

    [Test]
    public void Unterminated_block() => ShouldFail("{ let x = 1;", ParseErrorKind.MissingToken, 1, 13);

    [Test]
    public void Unterminated_function_body() => ShouldFail("fn f() {\n  1", ParseErrorKind.MissingToken, 2, 4);

    [Test]
    public void Unclosed_parenthesis() => ShouldFail("(1 + 2", ParseErrorKind.MissingToken, 1, 7);

    [Test]
    public void Unclosed_array() => ShouldFail("[1, 2", ParseErrorKind.MissingToken, 1, 6);

    [Test]
    public void Unclosed_call() => ShouldFail("f(1, 2", ParseErrorKind.MissingToken, 1, 7);

    [Test]
    public void Let_without_name() => ShouldFail("let = 1;", ParseErrorKind.VariableExpected, 1, 5);

    [Test]
    public void Export_inside_a_block() => ShouldFail("let x = 1; { export x; }", ParseErrorKind.WrongExport, 1, 14);

    [Test]
    public void Export_inside_a_function() => ShouldFail("fn f() { export let x = 1; }", ParseErrorKind.WrongExport, 1, 10);

    // ---- options ----

    [Test]
    public void String_literal_over_the_limit() =>
        ShouldFail("let s = \"hello world\";", ParseErrorKind.LiteralTooLarge, 1, 9, ParseOptions.Default with { MaxStringSize = 10 });

    [Test]
    public void String_literal_limit_counts_utf8_bytes() =>
        ShouldFail("`朝に紅顔`", ParseErrorKind.LiteralTooLarge, 1, 1, ParseOptions.Default with { MaxStringSize = 10 });

    [Test]
    public void Array_literal_over_the_limit() =>
        ShouldFail("let a = [1, 2, 3];", ParseErrorKind.LiteralTooLarge, 1, 9, ParseOptions.Default with { MaxArraySize = 2 });

    [Test]
    public void Map_literal_over_the_limit() =>
        ShouldFail("let m = #{a: 1, b: 2};", ParseErrorKind.LiteralTooLarge, 1, 9, ParseOptions.Default with { MaxMapSize = 1 });

    [Test]
    public void Literals_at_the_limit_are_allowed() =>
        Parse("[1, 2]; #{a: 1}; \"0123456789\"", ParseOptions.Default with { MaxArraySize = 2, MaxMapSize = 1, MaxStringSize = 10 })
            .Statements.Should().HaveCount(3);

    [Test]
    public void Strict_variables_reject_undefined_variable() => ShouldFail("let x = 1;\nx + y", ParseErrorKind.VariableUndefined, 2, 5, Strict);

    [Test]
    public void Strict_variables_accept_declared_variables_and_parameters() =>
        Parse("let x = 1; fn f(a) { a } for i in x { i } |p| p + x", Strict).Statements.Should().HaveCount(3);

    [Test]
    public void Strict_variables_see_host_scope_variables() =>
        Parse("x + 1", Strict with { ScopeVariables = [("x", false)] }).Statements.Should().ContainSingle();

    [Test]
    public void Strict_variables_forget_variables_out_of_scope() => ShouldFail("{ let x = 1; } x", ParseErrorKind.VariableUndefined, 1, 16, Strict);

    [Test]
    public void Strict_variables_reject_undefined_module() => ShouldFail("h::y::z", ParseErrorKind.ModuleUndefined, 1, 1, Strict);

    [Test]
    public void Strict_variables_accept_imported_module() => Parse("import \"m\" as h; h::f()", Strict).Statements.Should().HaveCount(2);

    [Test]
    public void Shadowing_disabled_rejects_redeclaration() =>
        ShouldFail("let x = 1;\nlet x = 2;", ParseErrorKind.VariableExists, 2, 5, ParseOptions.Default with { Language = LanguageOptions.Default with { AllowShadowing = false } });

    [Test]
    public void Shadowing_disabled_allows_a_host_scope_variable_of_the_same_name() =>
        Parse("let x = 1;", ParseOptions.Default with { Language = LanguageOptions.Default with { AllowShadowing = false }, ScopeVariables = [("x", true)] }).Statements.Should().ContainSingle();

    [Test]
    public void Host_scope_constant_assignment_is_left_to_run_time() =>
        Parse("x = 1", ParseOptions.Default with { ScopeVariables = [("x", true)] }).Statements.Should().ContainSingle();

    [Test]
    public void If_expression_disabled() =>
        ShouldFail("let x = if a { 1 } else { 2 };", ParseErrorKind.WrongSyntax, 1, 9, ParseOptions.Default with { Language = LanguageOptions.Default with { AllowIfExpression = false } });

    [Test]
    public void If_statement_allowed_when_if_expressions_are_disabled() =>
        Parse("if a { 1 } else { 2 }", ParseOptions.Default with { Language = LanguageOptions.Default with { AllowIfExpression = false } }).Statements.Should().ContainSingle();

    [Test]
    public void Switch_expression_disabled() =>
        ShouldFail("let x = switch a { _ => 1 };", ParseErrorKind.WrongSyntax, 1, 9, ParseOptions.Default with { Language = LanguageOptions.Default with { AllowSwitchExpression = false } });

    [Test]
    public void Statement_expression_disabled() =>
        ShouldFail("let x = { 1 };", ParseErrorKind.WrongSyntax, 1, 9, ParseOptions.Default with { Language = LanguageOptions.Default with { AllowStatementExpression = false } });

    [Test]
    public void Loop_expression_disabled() =>
        ShouldFail("let x = loop { break 1; };", ParseErrorKind.WrongSyntax, 1, 9, ParseOptions.Default with { Language = LanguageOptions.Default with { AllowLoopExpressions = false } });

    [Test]
    public void Looping_disabled() =>
        ShouldFail("let x = 1;\nwhile x { }", ParseErrorKind.WrongSyntax, 2, 1, ParseOptions.Default with { Language = LanguageOptions.Default with { AllowLooping = false } });

    [Test]
    public void Anonymous_functions_disabled() =>
        ShouldFail("let f = |x| x;", ParseErrorKind.WrongSyntax, 1, 9, ParseOptions.Default with { Language = LanguageOptions.Default with { AllowAnonymousFn = false } });

    // ---- depth limits (Rhai's counting) ----

    private static string PlusChain(int terms) => string.Join(" + ", Enumerable.Repeat("1", terms));

    [Test]
    public void Thirty_two_term_sum_passes_the_default_depth() => Parse(PlusChain(32)).Statements.Should().ContainSingle();

    [Test]
    public void Hundred_term_sum_fails_at_depth_100()
    {
        var e = ParseError(PlusChain(100), ParseOptions.Default with { Language = LanguageOptions.Default with { MaxExprDepth = 100, MaxFunctionExprDepth = 6 } });
        e.Kind.Should().Be(ParseErrorKind.ExprTooDeep);
    }

    [Test]
    public void Small_function_passes_function_depth_6() =>
        Parse("fn abc(x) { x + 1 }", ParseOptions.Default with { Language = LanguageOptions.Default with { MaxExprDepth = 100, MaxFunctionExprDepth = 6 } }).Functions.Should().ContainSingle();

    [Test]
    public void Deep_function_body_fails_function_depth_6() =>
        ParseError("fn abc(x) { ((((((x)))))) }", ParseOptions.Default with { Language = LanguageOptions.Default with { MaxExprDepth = 100, MaxFunctionExprDepth = 6 } })
            .Kind.Should().Be(ParseErrorKind.ExprTooDeep);

    [Test]
    public void Engine_options_depth_limit_applies_to_compile()
    {
        var engine = new Engine { Options = EngineOptions.Default with { MaxExprDepth = 10 } };
        var act = () => engine.Compile(new string('(', 20) + "1" + new string(')', 20));
        act.Should().Throw<ParseException>().Which.Kind.Should().Be(ParseErrorKind.ExprTooDeep);
    }
}
