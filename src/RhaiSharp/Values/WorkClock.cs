using System.Runtime.CompilerServices;

namespace RhaiSharp.Values;

/// <summary>
/// Native work that no operation count sees — comparing, copying, measuring, printing or converting a big value — is
/// metered here, so that one such step cannot outlast the timeout or ignore cancellation. Operation counts stay
/// exactly Rhai's: this meter only looks at the clock and the token, every <see cref="PollEvery"/> units of work.
/// </summary>
/// <remarks>
/// The meter is per thread: a run with a timeout or a cancellable token puts itself on its thread when it starts and
/// takes itself off when it ends (restoring an enclosing run's, for a host function that runs another script). Runs
/// with neither never touch the thread-static, so the common case costs one increment and one compare per container.
/// </remarks>
internal static class WorkClock
{
    /// <summary>Units of work (elements visited) between two looks at the clock.</summary>
    public const int PollEvery = 4096;

    [ThreadStatic]
    private static IInterruptible? t_run;

    [ThreadStatic]
    private static int t_units;

    /// <summary>Records <paramref name="units"/> of work (elements visited); may end the run with its timeout or cancellation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(int units)
    {
        t_units += units;
        if (t_units >= PollEvery)
        {
            Poll();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Poll()
    {
        t_units = 0;
        t_run?.CheckInterrupt();
    }

    /// <summary>A run with a timeout or token starts on this thread; returns the run it replaces, for <see cref="Exit"/>.</summary>
    public static IInterruptible? Enter(IInterruptible run)
    {
        var previous = t_run;
        t_run = run;
        return previous;
    }

    /// <summary>That run has ended: the enclosing run (or none) is metered again.</summary>
    public static void Exit(IInterruptible? previous) => t_run = previous;
}

/// <summary>A run that can be stopped: throws its cancellation or timeout error when either has happened.</summary>
internal interface IInterruptible
{
    void CheckInterrupt();
}
