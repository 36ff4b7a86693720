using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety.Isolated;

/// <summary>Symbolic-link loops under a file module resolver's root end in "module not found", never a stack overflow.</summary>
[TestFixture]
public class ModuleResolverLoopTests
{
    private string _root = "";

    [SetUp]
    public void SetUp() => _root = Directory.CreateTempSubdirectory("rules-links-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    private bool Link(string name, string target)
    {
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(_root, name), Path.Combine(_root, target));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    private ChildOutcome Import(string path) =>
        ChildProcess.Run($"import \"{path}\" as m; 1", setup: "file-resolver:" + _root, deadline: TimeSpan.FromSeconds(30));

    [Test]
    public void A_link_into_itself_is_module_not_found()
    {
        if (!Link("d", "d/e"))
        {
            Assert.Ignore("symbolic links are not available");
        }

        var outcome = Import("d/e/x");
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "runtime" && o.Kind == nameof(RuntimeErrorKind.ModuleNotFound), outcome.ToString());
    }

    [Test]
    public void Two_links_to_each_other_are_module_not_found()
    {
        if (!Link("a", "b") || !Link("b", "a"))
        {
            Assert.Ignore("symbolic links are not available");
        }

        var outcome = Import("a/x");
        outcome.Should().Match<ChildOutcome>(o => o.Outcome == "runtime" && o.Kind == nameof(RuntimeErrorKind.ModuleNotFound), outcome.ToString());
    }
}
