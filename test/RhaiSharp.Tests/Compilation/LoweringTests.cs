using System.Linq.Expressions;
using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;

namespace RhaiSharp.Tests.Compilation;

public class LoweringTests
{
    private static Expression<CompiledBody> Lower(string script) =>
        FunctionCompiler.LowerMain(CompiledScript.For(Engine.CreateRaw().Compile(script), CompilerChoice.System));

    private static List<ParameterExpression> Variables(Expression tree)
    {
        var finder = new VariableFinder();
        finder.Visit(tree);
        return finder.Found;
    }

    [Test]
    public void Sum_over_a_range_uses_long_locals_not_boxes()
    {
        var variables = Variables(Lower("let s = 0; for i in 0..1_000_000 { s += i } s"));

        variables.Should().Contain(v => v.Name == "s" && v.Type == typeof(long));
        variables.Should().Contain(v => v.Name == "i" && v.Type == typeof(long));
        variables.Should().NotContain(v => v.Type == typeof(IEnumerator<object?>), "a range literal loop needs no enumerator");
    }

    [Test]
    public void A_variable_that_may_hold_a_string_stays_boxed()
    {
        var variables = Variables(Lower("let s = 0; if true { s = \"x\" } s"));

        variables.Should().Contain(v => v.Name == "s" && v.Type == typeof(object));
    }

    [Test]
    public void A_captured_variable_lives_in_a_shared_cell()
    {
        var variables = Variables(Lower("let n = 0; let f = || n + 1; n = 5; f.call()"));

        variables.Should().Contain(v => v.Name == "n" && v.Type == typeof(Values.SharedCell));
    }

    [Test]
    public void Typed_arithmetic_still_reports_overflow_with_a_position()
    {
        var act = () => Engine.CreateRaw().Eval<long>("let x = 9223372036854775800;\nfor i in 0..100 { x += i }\nx");

        var error = act.Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.Arithmetic);
        error.Position.Line.Should().Be(2);
    }

    [TestCase(long.MaxValue - 5, "+", 5)]
    [TestCase(long.MaxValue - 5, "+", 6)]
    [TestCase(long.MinValue + 5, "-", 5)]
    [TestCase(long.MinValue + 5, "-", 6)]
    [TestCase(long.MinValue + 5, "+", -5)]
    [TestCase(long.MinValue + 5, "+", -6)]
    [TestCase(long.MaxValue - 5, "-", -5)]
    [TestCase(long.MaxValue - 5, "-", -6)]
    [TestCase(0L, "-", long.MaxValue)]
    [TestCase(-2L, "-", long.MaxValue)]
    public void Typed_arithmetic_with_a_literal_operand_overflows_exactly_past_the_bounds(long start, string op, long literal)
    {
        var exact = op == "+" ? (System.Numerics.BigInteger)start + literal : (System.Numerics.BigInteger)start - literal;
        var script = $"let x = {start}; for i in 0..1 {{ x = x {op} {literal} }} x";
        var act = () => Engine.CreateRaw().Eval<long>(script);

        if (exact >= long.MinValue && exact <= long.MaxValue)
        {
            act().Should().Be((long)exact);
        }
        else
        {
            act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);
        }
    }

    [Test]
    public void Typed_and_boxed_loops_agree()
    {
        var engine = Engine.CreateRaw();
        var typed = engine.Eval<long>("let s = 0; for i in 0..=1000 { s += i * 3 % 7 } s");
        var boxed = engine.Eval<long>("let s = 0; let r = 0..=1000; for i in r { s += i * 3 % 7 } s");

        typed.Should().Be(boxed).And.Be(Enumerable.Range(0, 1001).Sum(i => i * 3L % 7));
    }

    [Test]
    public void Inclusive_range_ending_at_the_largest_int_terminates()
    {
        Engine.CreateRaw().Eval<long>("let n = 0; for i in 9223372036854775806..=9223372036854775807 { n += 1 } n").Should().Be(2);
    }

    [TestCase(10, true)]
    [TestCase(11, false)]
    public void Counted_loops_charge_exactly_one_operation_per_iteration(int iterations, bool fits)
    {
        var engine = Engine.CreateRaw();
        engine.Options = EngineOptions.Default with { MaxOperations = 10 };

        var act = () => engine.Run($"let n = 0; for i in 0..{iterations} {{ n += 1 }}");

        if (fits)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.TooManyOperations);
        }
    }

    [Test]
    public void A_hot_function_gives_the_same_results_for_int_and_non_int_arguments()
    {
        var engine = new Engine();
        var ast = engine.Compile("fn f(n) { if n < 2 { n } else { f(n - 1) + f(n - 2) } } [f(20), f(10.5), f(20)]");

        var result = (IList<object?>)engine.Eval<object?>(ast)!;

        result[0].Should().Be(6765L);
        result[1].Should().BeOfType<double>();
        result[2].Should().Be(6765L);
    }

    [Test]
    public void A_specialized_function_still_reports_overflow()
    {
        var act = () => new Engine().Run("fn twice(n) { n * 2 } let x = 1; for i in 0..100 { x = twice(x); }");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.Arithmetic);
    }

    [Test]
    public void A_ten_thousand_term_chain_compiles_with_the_fast_compiler()
    {
        var engine = Engine.CreateRaw();
        engine.Options = EngineOptions.Default with { MaxExprDepth = 0 };
        var script = "let a = 1; " + string.Join(" + ", Enumerable.Repeat("a", 10_000));

        DelegateCompiler.FastCompilerAccepts(FunctionCompiler.LowerMain(CompiledScript.For(engine.Compile(script), CompilerChoice.System)))
            .Should().BeTrue();
        engine.Eval<long>(script).Should().Be(10_000);
    }

    [Test]
    public void A_long_else_if_chain_is_emitted_flat()
    {
        var engine = Engine.CreateRaw();
        engine.Options = EngineOptions.Default with { MaxExprDepth = 0 };
        var script = "let x = 2999; " + string.Join(" else ", Enumerable.Range(0, 3000).Select(i => $"if x == {i} {{ {i} }}"));

        engine.Eval<long>(script).Should().Be(2999);
    }

    [Test]
    public void Only_a_run_with_a_scope_wraps_the_main_program_in_a_protected_region()
    {
        // A variable live into a finally is stored to memory on every assignment: runs without a scope must not pay for it.
        var compiled = CompiledScript.For(Engine.CreateRaw().Compile("let s = 0; for i in 0..10 { s += i } s"), CompilerChoice.System);

        ContainsTry(FunctionCompiler.LowerMain(compiled, exportToScope: true)).Should().BeTrue();
        ContainsTry(FunctionCompiler.LowerMain(compiled, exportToScope: false)).Should().BeFalse();
    }

    [Test]
    public void Top_level_variables_reach_the_scope_even_when_the_run_fails()
    {
        var engine = Engine.CreateRaw();
        var scope = new Scope();

        var act = () => engine.Run("let a = 1; let b = 0; for i in 0..10 { b += i; if i == 5 { throw \"stop\" } }", scope);

        act.Should().Throw<RuntimeException>();
        scope.Get<long>("a").Should().Be(1);
        scope.Get<long>("b").Should().Be(15);
    }

    private static bool ContainsTry(Expression tree)
    {
        var finder = new TryFinder();
        finder.Visit(tree);
        return finder.Found;
    }

    private sealed class TryFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitTry(TryExpression node)
        {
            Found = true;
            return base.VisitTry(node);
        }
    }

    private sealed class VariableFinder : ExpressionVisitor
    {
        public List<ParameterExpression> Found { get; } = [];

        protected override Expression VisitBlock(BlockExpression node)
        {
            Found.AddRange(node.Variables);
            return base.VisitBlock(node);
        }
    }
}
