using FluentAssertions;
using NUnit.Framework;
using RulesEngine.Compilation;
using RulesEngine.Tests.Conformance;

namespace RulesEngine.Tests.Compilation;

/// <summary>The lowering must never depend on the fallback compiler: FEC accepts every tree the corpus produces.</summary>
public class FastCompilerCoverageTests
{
    [Test]
    public void Fast_compiler_accepts_the_main_program_of_every_corpus_script()
    {
        var refused = new List<string>();
        if (!ConformanceCorpus.Exists)
        {
            Assert.Inconclusive(ConformanceCorpus.MissingMessage);
        }

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
}
