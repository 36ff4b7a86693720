using FluentAssertions;
using NUnit.Framework;
using static RhaiSharp.Tests.Safety.SafetyAssert;

namespace RhaiSharp.Tests.Safety;

/// <summary>Escape attempts: a script reaches nothing the host did not register, and every attempt is a ScriptException.</summary>
public class SandboxTests
{
    [TestCase("let x = 1; x.GetType()")]
    [TestCase("let x = 1; x.GetType().Assembly")]
    [TestCase("\"\".Length")]
    [TestCase("\"abc\".Substring(1)")]
    [TestCase("let x = 1; type_of(x).foo()")]
    [TestCase("type_of(type_of)")]
    [TestCase("let a = [1]; a.GetEnumerator()")]
    [TestCase("let m = #{}; m.GetType().GetMethods()")]
    [TestCase("Fn(\"GetType\").call(1)")]
    [TestCase("let f = Fn(\"System.IO.File.ReadAllText\"); f.call(\"/etc/passwd\")")]
    [TestCase("System::IO::File::ReadAllText(\"/etc/passwd\")")]
    [TestCase("Environment::Exit(1)")]
    [TestCase("call(\"GetType\", 1)")]
    [TestCase("1.ToString()")]
    [TestCase("let x = 1; x.MemberwiseClone()")]
    [TestCase("eval(\"let x = 1; x.\" + \"GetType()\")")]
    [TestCase("eval(\"System::Diagnostics::Process::Start(\\\"sh\\\")\")")]
    [TestCase("let code = \"1\"; for i in 0..10 { code = `eval(\"${code}\")`; } eval(code)")]
    [TestCase("eval(\"(\".pad(100000, \"(\"))")]
    [TestCase("eval(\"fn f() { f() } f()\")")]
    public void Escape_attempts_are_script_errors(string script)
    {
        var engine = Limited(EngineOptions.Default with { MaxOperations = 100_000 });

        var act = () => engine.Run(script);

        act.Should().Throw<ScriptException>();
        StillWorks(engine);
    }

    [Test]
    public void Unregistered_members_report_function_not_found()
    {
        FailsWith(Limited(EngineOptions.Default), "let x = 1; x.GetType()", RuntimeErrorKind.FunctionNotFound);
    }

    [Test]
    public void Eval_cannot_escape_the_operation_limit()
    {
        FailsWith(Limited(EngineOptions.Default with { MaxOperations = 1_000 }), "eval(\"loop { }\")", RuntimeErrorKind.TooManyOperations);
    }

    [Test]
    public void Eval_cannot_catch_a_limit_error()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxOperations = 1_000 }),
            "try { eval(\"loop { }\") } catch { 0 }",
            RuntimeErrorKind.TooManyOperations);
    }

    [Test]
    public void A_huge_interpolation_of_a_huge_array_is_bounded_by_the_string_limit()
    {
        FailsWith(
            Limited(EngineOptions.Default with { MaxStringSize = 10_000 }),
            "let a = []; a.pad(100000, \"xxxxxxxxxx\"); `${a}`",
            RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void A_script_cannot_change_another_engines_state()
    {
        var shared = new Engine();
        var victim = new Engine();
        shared.Run("fn print(x) { 0 } let print = 1;");

        victim.Eval<long>("fn f() { 42 } f()").Should().Be(42);
        victim.Eval<string>("to_string(1)").Should().Be("1");
    }
}
