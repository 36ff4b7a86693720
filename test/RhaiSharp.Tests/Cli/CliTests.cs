using FluentAssertions;
using NUnit.Framework;
using RulesTool = RhaiSharp.Cli.Cli;

namespace RhaiSharp.Tests.Cli;

/// <summary>The <c>rules</c> tool, run in-process: output, exit codes and one-line usage errors.</summary>
[TestFixture]
public class CliTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("rules-cli-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = RulesTool.RunAsync(args, stdout, stderr).GetAwaiter().GetResult();
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Script(string text)
    {
        var path = Path.Combine(_dir, "script.rhai");
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Eval_prints_the_value_as_to_debug() =>
        Run("eval", "let s = \"hi\"; [s, 1, 2.0, ()]").Should().Be((RulesTool.Ok, "[\"hi\", 1, 2.0, ()]\n", ""));

    [Test]
    public void Run_prints_what_the_script_prints_and_not_its_value() =>
        Run("run", Script("print(\"a\"); print(1 + 1); 99")).Should().Be((RulesTool.Ok, "a\n2\n", ""));

    [Test]
    public void Ast_prints_the_syntax_tree()
    {
        var (code, output, _) = Run("ast", Script("let answer = 42;"));
        code.Should().Be(RulesTool.Ok);
        output.Should().Contain("answer").And.Contain("42");
    }

    [Test]
    public void A_parse_error_is_reported_with_file_line_and_column_and_exits_1()
    {
        var file = Script("let x = 1;\nlet y = ;");
        var (code, output, error) = Run("run", file);
        code.Should().Be(RulesTool.ScriptError);
        output.Should().BeEmpty();
        error.Should().StartWith($"{file}:2:9: ").And.EndWith("\n");
        error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Test]
    public void A_runtime_error_exits_1_with_its_position()
    {
        var (code, _, error) = Run("eval", "let a = [1];\na[5]");
        code.Should().Be(RulesTool.ScriptError);
        error.Should().StartWith("<eval>:2:");
    }

    [TestCase("", TestName = "No_command_is_a_usage_error")]
    [TestCase("frobnicate", TestName = "An_unknown_command_is_a_usage_error")]
    [TestCase("eval", TestName = "A_missing_argument_is_a_usage_error")]
    [TestCase("run --fast x.rhai", TestName = "An_unknown_option_is_a_usage_error")]
    [TestCase("eval 1 2", TestName = "An_extra_argument_is_a_usage_error")]
    public void Usage_errors_are_one_line_on_stderr_and_exit_2(string commandLine)
    {
        var (code, output, error) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        code.Should().Be(RulesTool.UsageError);
        output.Should().BeEmpty();
        error.Should().StartWith("rules: ").And.EndWith("\n");
        error.TrimEnd('\n').Should().NotContain("\n", "a usage error is one line, not help text or a stack trace");
    }

    [Test]
    public void A_missing_file_is_a_usage_error_naming_the_file()
    {
        var missing = Path.Combine(_dir, "missing.rhai");
        Run("run", missing).Should().Be((RulesTool.UsageError, "", $"rules: file not found: {missing}\n"));
    }

    [Test]
    public void Help_goes_to_stdout_and_exits_0()
    {
        var (code, output, error) = Run("--help");
        code.Should().Be(RulesTool.Ok);
        error.Should().BeEmpty();
        output.Should().Contain("run").And.Contain("eval").And.Contain("ast");
    }

    [Test]
    public void Version_prints_the_product_version()
    {
        var expected = typeof(Engine).Assembly.GetName().Version!;
        var (code, output, _) = Run("--version");
        code.Should().Be(RulesTool.Ok);
        output.Trim().Should().Be($"{expected.Major}.{expected.Minor}.{expected.Build}");
    }
}
