using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Compilation;
using RhaiSharp.Tests.Conformance;

namespace RhaiSharp.Tests.Compilation;

/// <summary>The lowering must never depend on the fallback compiler: FEC accepts every tree the corpus produces.</summary>
public class FastCompilerCoverageTests
{
    [Test]
    public void Fast_compiler_accepts_the_main_program_of_every_corpus_script()
    {
        var refused = new List<string>();
        foreach (var c in ConformanceCorpus.Cases)
        {
            Ast ast;
            try
            {
                ast = new Engine().Compile(c.Script);
            }
            catch (ScriptException)
            {
                continue;
            }

            if (!DelegateCompiler.FastCompilerAccepts(FunctionCompiler.LowerMain(CompiledScript.For(ast, CompilerChoice.System))))
            {
                refused.Add(c.Id);
            }
        }

        refused.Should().BeEmpty();
    }

    [Test]
    public void Fast_compiler_never_falls_back_while_running_the_corpus()
    {
        // Running every case under FEC compiles every function and closure body the corpus calls; a refusal or
        // invalid IL would bump the fallback counter (it is global, and only ever increments on a fallback).
        var before = DelegateCompiler.FallbackCount;
        foreach (var c in ConformanceCorpus.Cases)
        {
            _ = CaseRunner.Outcome(c, CompilerChoice.Fast);
        }

        DelegateCompiler.FallbackCount.Should().Be(before);
    }
}
