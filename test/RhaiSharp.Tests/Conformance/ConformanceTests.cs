using NUnit.Framework;
using RhaiSharp.Compilation;

namespace RhaiSharp.Tests.Conformance;

/// <summary>
/// Runs the Rhai conformance corpus (<c>test/corpus/*.jsonl</c>) through the public API.
/// A case fails the suite when it fails and is not in <c>known-failures.txt</c>, or when it is listed there but passes.
/// </summary>
[TestFixture]
[NonParallelizable]
public class ConformanceTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var c in ConformanceCorpus.Cases)
        {
            yield return new TestCaseData(c).SetName(c.Id).SetCategory(c.File);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Case(ConformanceCase c)
    {
        var failure = CaseRunner.Check(c, CaseRunner.Outcome(c, CompilerChoice.Tiered));
        var listed = KnownFailures.Entries.TryGetValue(c.Id, out var reason);
        if (KnownFailures.UpdateRequested)
        {
            if (failure is not null)
            {
                Assert.Ignore($"{KnownFailures.UpdateVariable}=1: recorded as a known failure: {failure}");
            }

            return;
        }

        if (failure is null && listed)
        {
            Assert.Fail($"{c.Id} passes now: remove it from known-failures.txt");
        }

        if (failure is not null && !listed)
        {
            Assert.Fail($"{failure}\nscript:\n{c.Script}");
        }

        if (failure is not null)
        {
            Assert.Ignore($"known failure ({reason}); now: {failure}");
        }
    }

    /// <summary>Prints pass counts per file; with UPDATE_KNOWN_FAILURES=1 rewrites known-failures.txt from this run.</summary>
    [Test]
    public void Summary()
    {
        var failures = new List<(string Id, string Reason)>();
        foreach (var group in ConformanceCorpus.Cases.GroupBy(c => c.File))
        {
            int passed = 0, total = 0, listed = 0;
            foreach (var c in group)
            {
                total++;
                var failure = CaseRunner.Check(c, CaseRunner.Outcome(c, CompilerChoice.Tiered));
                listed += KnownFailures.Entries.ContainsKey(c.Id) ? 1 : 0;
                if (failure is null)
                {
                    passed++;
                }
                else
                {
                    failures.Add((c.Id, KnownFailures.Entries.TryGetValue(c.Id, out var r) && r.Length > 0 ? r : failure));
                }
            }

            TestContext.Out.WriteLine($"{group.Key,-14} {passed,4}/{total,-4} pass ({listed} listed as known failures)");
        }

        if (KnownFailures.UpdateRequested)
        {
            KnownFailures.Write(ConformanceCorpus.KnownFailuresPath, failures);
            TestContext.Out.WriteLine($"Rewrote {ConformanceCorpus.KnownFailuresPath}: {failures.Count} known failures.");
        }
    }

    /// <summary>Every case that is not a known failure must come out the same under both expression compilers.</summary>
    [Test]
    public void Fast_and_system_compilers_agree()
    {
        var differences = new List<string>();
        var compared = 0;
        foreach (var c in ConformanceCorpus.Cases)
        {
            if (KnownFailures.Entries.ContainsKey(c.Id))
            {
                continue;
            }

            compared++;
            var fast = CaseRunner.Outcome(c, CompilerChoice.Fast).Canonical();
            var system = CaseRunner.Outcome(c, CompilerChoice.System).Canonical();
            if (fast != system)
            {
                differences.Add($"{c.Id}:\n  fast:   {fast}\n  system: {system}");
            }
        }

        TestContext.Out.WriteLine($"Compared {compared} cases under both compilers: {differences.Count} differ.");
        Assert.That(differences, Is.Empty, () => string.Join("\n", differences.Take(50)));
    }

    [Test]
    public void Known_failures_name_existing_cases()
    {
        if (KnownFailures.UpdateRequested)
        {
            Assert.Ignore($"{KnownFailures.UpdateVariable}=1: the Summary test rewrites the file");
        }

        var ids = ConformanceCorpus.Cases.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var stale = KnownFailures.Entries.Keys.Where(id => !ids.Contains(id)).ToList();
        Assert.That(stale, Is.Empty, () => "known-failures.txt lists ids that are not in the corpus: " + string.Join(", ", stale));
    }
}
