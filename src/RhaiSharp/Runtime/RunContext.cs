using System.Diagnostics;
using System.Runtime.CompilerServices;
using RhaiSharp.Packages;
using RhaiSharp.Values;

namespace RhaiSharp.Runtime;

/// <summary>
/// Per-run state, passed to every compiled delegate: operation count, call depth, cancellation, the host scope.
/// Never shared between two runs in progress; nothing of it lives in the Ast. Top-level runs rent it (<see cref="Rent"/>)
/// so that evaluating a rule allocates nothing: a finished run hands it back to its thread for the next run.
/// </summary>
internal sealed partial class RunContext : NativeCallContext, IInterruptible
{
    // One context per thread, reused run after run; a nested run finds it in use and allocates its own.
    [ThreadStatic]
    private static RunContext? t_own;

    private long _maxOperations;
    // MaxCallLevels, with "no limit" as int.MaxValue: one compare per call.
    private int _callLimit;
    private int _maxVariables;
    private CancellationToken _cancellation;
    private long _deadline;
    private Func<long, object?>? _progress;
    private long _operations;

    /// <summary>Operation count at which the slow path (<see cref="Checkpoint"/>) runs next: the next poll or the limit.</summary>
    private long _nextCheck;

    /// <summary>Operation count at which cancellation, the timeout and the progress callback are polled next.</summary>
    private long _nextPoll;

    /// <summary>Operations between two polls of cancellation, timeout and progress callback.</summary>
    internal const long PollInterval = 1024;

    public RunContext(RuntimeEnvironment environment, IScriptFunctionTable functions, Scope? scope, CancellationToken cancellation)
    {
        Environment = environment;
        Functions = functions;
        Start(scope, cancellation);
    }

    /// <summary>
    /// A context for a new top-level run: the thread's own if it is free, else a new one. Give it back with
    /// <see cref="Release"/> when the run is over (successful or not) and nothing refers to it any more.
    /// </summary>
    /// <remarks>
    /// The thread-static is written once per thread, never per run: the thread-static storage of two threads can share
    /// a cache line, and a write on every run from each of them made two threads barely faster than one (W7 in a
    /// console harness: 2 of 16 processes reached 1.8× before, 13 of 16 after).
    /// </remarks>
    public static RunContext Rent(RuntimeEnvironment environment, IScriptFunctionTable functions, Scope? scope, CancellationToken cancellation)
    {
        var own = t_own;
        if (own is not null && !own._rented)
        {
            own._rented = true;

            // Storing a reference costs a write barrier; a thread's runs mostly repeat the environment and script.
            if (!ReferenceEquals(own.Environment, environment))
            {
                own.Environment = environment;
            }

            if (!ReferenceEquals(own.Functions, functions))
            {
                own.Functions = functions;
            }

            own.Start(scope, cancellation);
            return own;
        }

        // The thread's first run, or a nested one (a host function calling back into an engine during a run).
        if (own is not null)
        {
            // Nested runs are counted on the thread's own context (no thread-static write). Each nesting adds a host
            // frame, the interpreter's and reflection's rethrows, and their exception handling to the stack, so an
            // unbounded re-entrance could overflow it while an error unwinds: it is stopped here, with room to spare
            // (and earlier on a small stack: the guard's margin is kept for that unwinding).
            if (own._nestedRuns >= MaxNestedRuns || !DepthGuard.HasRoom())
            {
                throw new RuntimeException(RuntimeErrorKind.StackOverflow,
                    $"Too many nested runs: a host function called back into a script more than {MaxNestedRuns} levels deep", Position.None);
            }

            own._nestedRuns++;
        }

        var created = new RunContext(environment, functions, scope, cancellation) { _rented = true, _nestedIn = own };
        t_own ??= created;
        return created;
    }

    /// <summary>How deep host functions may call back into scripts (a run inside a host call inside a run …).</summary>
    internal const int MaxNestedRuns = 8;

    // On the thread's own context: how many nested runs are in progress. On a nested context: the context counting it.
    private int _nestedRuns;
    private RunContext? _nestedIn;

    private bool _rented;

    // On the thread's work meter for this run, and the run it replaced there.
    private bool _onClock;
    private IInterruptible? _clockPrevious;

    /// <summary>Frees this context for the thread's next run (when it is the thread's own). References to the run's data are dropped so an idle context keeps nothing alive.</summary>
    public void Release()
    {
        if (_nestedIn is { } owner)
        {
            owner._nestedRuns--;
            _nestedIn = null;
        }

        if (_onClock)
        {
            WorkClock.Exit(_clockPrevious);
            _clockPrevious = null;
            _onClock = false;
        }

        Scope = null;
        Globals = null;
        _imports = null;
        _progress = null;
        _cancellation = default;
        ClearFrames();
        _rented = false;
    }

    private object?[]?[]? _argumentBuffers;

    /// <summary>
    /// An argument array of <paramref name="count"/> items owned by this context, for a host calling one script function
    /// per run (<c>CreateFunc</c>): the function copies its arguments into locals, so the array is reusable once the call returns.
    /// </summary>
    public object?[] ArgumentBuffer(int count)
    {
        var buffers = _argumentBuffers ??= new object?[]?[8];
        return buffers[count] ??= new object?[count];
    }

    private void Start(Scope? scope, CancellationToken cancellation)
    {
        // Scope, cancellation and progress handler are clear here (new, or cleared by Release): only set ones are stored.
        var options = Environment.Limits;
        if (scope is not null)
        {
            Scope = scope;
        }

        if (cancellation.CanBeCanceled)
        {
            _cancellation = cancellation;
        }

        _maxOperations = options.MaxOperations;
        _callLimit = options.MaxCallLevels > 0 ? options.MaxCallLevels : int.MaxValue;
        _frameLimit = Math.Min(_callLimit, _frames.Length - 1);
        _maxVariables = options.MaxVariables;
        if (Environment.OnProgress is { } progress)
        {
            _progress = progress;
        }

        _deadline = options.Timeout is null ? long.MaxValue : DeadlineFrom(options.Timeout);
        if (_deadline != long.MaxValue || cancellation.CanBeCanceled)
        {
            // Only a run that can be stopped meters native work (see WorkClock); others leave the thread-static alone.
            _clockPrevious = WorkClock.Enter(this);
            _onClock = true;
        }

        _operations = 0;
        _nextPoll = PollInterval;
        _nextCheck = NextCheck();
        CallDepth = 0;
        EvalDepth = 0;
        VariableCount = 0;
        ModulesLoaded = 0;
        CurrentPosition = 0;
    }

    private static long DeadlineFrom(TimeSpan? timeout)
    {
        if (timeout is not { } t)
        {
            return long.MaxValue;
        }

        var seconds = Math.Max(0, t.TotalSeconds);
        var ticks = seconds * Stopwatch.Frequency;
        var now = Stopwatch.GetTimestamp();
        return ticks >= long.MaxValue - now ? long.MaxValue : now + (long)ticks;
    }

    private long NextCheck() => _maxOperations > 0 ? Math.Min(_nextPoll, _maxOperations + 1) : _nextPoll;

    public RuntimeEnvironment Environment { get; private set; }

    public IScriptFunctionTable Functions { get; set; }

    /// <summary>The host scope, or a scope created on demand (for <c>eval</c>).</summary>
    public Scope? Scope { get; set; }

    public int CallDepth { get; private set; }

    /// <summary>Top-level constants of the main program, visible to functions as <c>global::NAME</c>.</summary>
    public Dictionary<string, object?>? Globals { get; set; }

    /// <summary>Nesting of <c>eval</c> calls in progress.</summary>
    public int EvalDepth;

    /// <summary>Variables alive across all active frames (for <c>MaxVariables</c>).</summary>
    public int VariableCount;

    /// <summary>
    /// A script function is entered: one call level deeper, one operation, its parameters declared as variables.
    /// One method for the three, with the limits in fields: this runs on every script call.
    /// </summary>
    /// <returns>The new call depth, to be handed back to <see cref="ExitFunction"/>.</returns>
    /// <remarks>
    /// Every script call runs this, so it avoids read-modify-write chains through memory where it can: the depth is
    /// restored from a register on exit, and variables are only counted when <c>MaxVariables</c> is set.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int EnterFunction(ScriptCallable function, int parameters, long position)
    {
        var depth = EnterCall(position);
        PushFrame(function, depth, position);
        TickAt(position);
        if (_maxVariables > 0 && (VariableCount += parameters) > _maxVariables)
        {
            TooManyParameters(parameters, position);
        }

        return depth;
    }

    /// <summary>Leaves a function entered at <paramref name="depth"/>, restoring the variable count it started with.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ExitFunction(int depth, int variables)
    {
        CallDepth = depth - 1;
        if (VariableCount != variables)
        {
            VariableCount = variables;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void TooManyParameters(int parameters, long position)
    {
        VariableCount -= parameters;
        CallDepth--;
        throw TooManyVariables(position);
    }

    private RuntimeException TooManyVariables(long position) =>
        new(RuntimeErrorKind.TooManyVariables, $"Too many variables (limit {_maxVariables})", Position.Unpack(position));

    /// <summary>
    /// Charges <paramref name="iterations"/> loop iterations (one tick each) at once; the last one may reach a
    /// checkpoint (the limit, cancellation, progress), as it would have ticking one by one.
    /// </summary>
    public void ChargeIterations(long position, long iterations)
    {
        if (iterations > 0)
        {
            _operations += iterations - 1;
            TickAt(position);
        }
    }

    /// <summary>
    /// For a counted loop at <paramref name="current"/> whose body never ticks: the last counter value it may reach
    /// before its iterations must be charged, i.e. before they would reach the next checkpoint (capped so the value
    /// cannot overflow). The loop folds this bound into its end test.
    /// </summary>
    public long LastIterationBeforeCheck(long current)
    {
        // `long.MaxValue - current` would overflow for a negative counter (-10^11..0 once ran past every limit):
        // compare with the room instead, which is never negative.
        var room = Math.Max(0, _nextCheck - 1 - _operations);
        return current > long.MaxValue - room ? long.MaxValue : current + room;
    }

    /// <summary>A <c>let</c>: counted only when a limit is set (<see cref="VariableCount"/> stays 0 otherwise).</summary>
    public void DeclareVariable(long position)
    {
        if (_maxVariables > 0 && ++VariableCount > _maxVariables)
        {
            throw TooManyVariables(position);
        }
    }

    /// <summary>The position of the native call in progress.</summary>
    public long CurrentPosition;

    public override Position Position => Position.Unpack(CurrentPosition);

    public long Operations => _operations;

    /// <summary>
    /// Counts one operation (at loop back-edges and calls). The fast path is one increment and one compare; the limit,
    /// cancellation, the timeout and the progress callback are looked at in <see cref="Checkpoint"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void TickAt(long position)
    {
        if (++_operations >= _nextCheck)
        {
            Checkpoint(position);
        }
    }

    public override void Tick(long operations = 1)
    {
        _operations += Math.Max(0, operations);
        if (_operations >= _nextCheck)
        {
            Checkpoint(CurrentPosition);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Checkpoint(long position)
    {
        if (_maxOperations > 0 && _operations > _maxOperations)
        {
            throw new RuntimeException(RuntimeErrorKind.TooManyOperations, $"Too many operations (limit {_maxOperations})", Position.Unpack(position));
        }

        if (_operations >= _nextPoll)
        {
            _nextPoll = _operations + PollInterval;
            CheckInterrupt(position);
            if (_progress is not null)
            {
                var value = _progress(_operations);
                if (value is not null)
                {
                    throw new RuntimeException(RuntimeErrorKind.Terminated, "Script terminated by the host", Position.Unpack(position)) { Value = value };
                }
            }
        }

        _nextCheck = NextCheck();
    }

    /// <summary>Cancellation (throws <see cref="OperationCanceledException"/>) and timeout (a Terminated error).</summary>
    private void CheckInterrupt(long position)
    {
        _cancellation.ThrowIfCancellationRequested();
        if (_deadline != long.MaxValue && Stopwatch.GetTimestamp() >= _deadline)
        {
            throw new RuntimeException(
                RuntimeErrorKind.Terminated,
                $"Script terminated: it ran longer than the timeout of {Environment.Limits.Timeout!.Value.TotalMilliseconds:0.###} ms",
                Position.Unpack(position));
        }
    }

    public override void CheckInterrupt() => CheckInterrupt(CurrentPosition);

    /// <summary>With a timeout set: fails the run when it has passed (after native work that could not poll it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CheckDeadline(long position)
    {
        if (_deadline != long.MaxValue)
        {
            CheckInterrupt(position);
        }
    }

    /// <summary>Whether this run's own token was cancelled (a host's cancellation exception is not the engine's).</summary>
    public bool IsCancellationRequested => _cancellation.IsCancellationRequested;

    /// <summary>
    /// True when <paramref name="e"/> is this run's own cancellation (its token was cancelled), which leaves the engine
    /// as it is; any other <see cref="OperationCanceledException"/> comes from host code and is a script error.
    /// The one place that tells the two apart, for native calls and for whatever else escapes a run.
    /// </summary>
    public bool IsOwnCancellation(Exception e) => e is OperationCanceledException && _cancellation.IsCancellationRequested;

    /// <summary>One call level deeper; returns the new depth.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int EnterCall(long position)
    {
        var depth = CallDepth + 1;
        CallDepth = depth;

        // One compare covers the call limit and the room left in the frame stack (_frameLimit is the smaller of the
        // two). The stack probe (a few ns) runs every eighth level: eight script frames (a few KB) are far below the
        // margin it keeps (64–128 KB), so the stack cannot run out between two probes.
        if (depth > _frameLimit || ((depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            EnterDeeper(depth, position);
        }

        return depth;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnterDeeper(int depth, long position)
    {
        if (depth > _callLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            StackOverflow(position);
        }

        if (depth >= _frames.Length)
        {
            GrowFrames(depth);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StackOverflow(long position)
    {
        CallDepth--;
        throw new RuntimeException(RuntimeErrorKind.StackOverflow, "Stack overflow: too many nested function calls", Position.Unpack(position));
    }
}
