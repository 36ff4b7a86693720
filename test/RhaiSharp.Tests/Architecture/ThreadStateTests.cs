using System.Reflection;
using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Architecture;

/// <summary>
/// Evaluation state is passed explicitly (the run context, the import being resolved), never left on the thread, so
/// that work a host moves to another thread still belongs to its run. The thread-statics that remain are listed here
/// with why each is not evaluation state or cannot be otherwise; a new one fails this test.
/// </summary>
public class ThreadStateTests
{
    private static readonly Dictionary<string, string> Allowed = new()
    {
        // A cache: a finished run hands its context back for the thread's next run, so rules allocate nothing.
        ["RunContext.t_own"] = "pool of reusable run contexts",

        // Native work deep in value code (equality, copies, JSON) has no run context to ask; only runs with a timeout
        // or a cancellable token put themselves here, and they restore the previous one when they end.
        ["WorkClock.t_run"] = "meter of native work for the run on this thread",
        ["WorkClock.t_units"] = "meter of native work for the run on this thread",
    };

    [Test]
    public void Only_the_listed_thread_statics_exist()
    {
        var found = typeof(Engine).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(f => f.IsDefined(typeof(ThreadStaticAttribute)))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToList();

        found.Should().BeEquivalentTo(Allowed.Keys);
    }
}
