using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RhaiSharp.Runtime;

// The script calls in progress: beside the call depth, a stack of (function, call position).
//
// A script call has no protected region of its own. A try/catch/finally per call (to record the frame and restore the
// depth on the way out) cost more than the rest of the call in recursive code: it spills every live value to the stack.
// Instead an error leaves the depth, the variable count and the imports as they were where it was thrown, and the
// place that stops it — a script's try/catch, a native function's call back into script, the end of the run — calls
// Unwind, which turns the frames above its own depth into the error's call stack and restores the state it started with.
internal sealed partial class RunContext
{
    // Deeper stacks are not kept by a thread's own context between runs (16 bytes a level).
    private const int KeptFrames = 1024;

    private CallFrame[] _frames = [];

    // The deepest level that is both allowed and has a frame slot: EnterCall tests this one bound.
    private int _frameLimit = -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PushFrame(ScriptCallable function, int depth, long position)
    {
        // No bounds check: EnterCall has just made sure depth <= _frameLimit < _frames.Length.
        System.Diagnostics.Debug.Assert((uint)depth < (uint)_frames.Length, "EnterCall grows the frame stack before a frame is pushed");
        ref var frame = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_frames), depth);
        frame.Position = position;

        // Recursion enters the same function at the same depth again and again: skip the GC write barrier then.
        if (!ReferenceEquals(frame.Function, function))
        {
            frame.Function = function;
        }
    }

    private void GrowFrames(int depth)
    {
        Array.Resize(ref _frames, Math.Max(16, Math.Max(depth + 1, _frames.Length * 2)));
        _frameLimit = Math.Min(_callLimit, _frames.Length - 1);
    }

    /// <summary>The state an error leaving script code must be unwound to (see <see cref="Unwind"/>).</summary>
    public (int Depth, int Variables, int Imports) Mark() => (CallDepth, VariableCount, ImportCount);

    /// <summary>
    /// An error is leaving script code entered at <paramref name="mark"/>: the script calls above it become the error's
    /// call stack (innermost first, catchable errors only), and the call depth, variable count and imports return to the
    /// mark. Always false, so it can run in an exception filter before anything unwinds.
    /// </summary>
    public bool Unwind(Exception error, (int Depth, int Variables, int Imports) mark)
    {
        if (error is RuntimeException { IsCatchable: true } e)
        {
            var frames = _frames;
            for (var d = Math.Min(CallDepth, frames.Length - 1); d > mark.Depth; d--)
            {
                if (frames[d].Function is { } function)
                {
                    e.AddFrame(function.FrameName, Position.Unpack(frames[d].Position));
                }
            }
        }

        CallDepth = mark.Depth;
        VariableCount = mark.Variables;
        TruncateImports(mark.Imports);
        return false;
    }

    /// <summary>The script-catch form of <see cref="Unwind"/> (compiled code cannot pass a tuple cheaply).</summary>
    public void UnwindTo(Exception error, int depth, int variables, int imports) => Unwind(error, (depth, variables, imports));

    // Frames are written from depth 1 up without gaps, so the first empty one ends the used part.
    private void ClearFrames()
    {
        var frames = _frames;
        if (frames.Length > KeptFrames)
        {
            _frames = [];
            _frameLimit = -1;
            return;
        }

        for (var d = 1; d < frames.Length && frames[d].Function is not null; d++)
        {
            frames[d].Function = null;
        }
    }

    private struct CallFrame
    {
        public ScriptCallable? Function;
        public long Position;
    }
}
