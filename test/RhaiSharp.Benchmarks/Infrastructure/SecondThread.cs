namespace RhaiSharp.Benchmarks.Infrastructure;

/// <summary>
/// A dedicated thread that runs one piece of work per request, for W7's "two threads". A pool thread (Task.Run) was
/// measured first: after each work item the pool wakes another worker to look for more, and on a 2-core machine that
/// spinning worker takes turns with the benchmark's own threads (thousands of context switches per second), so the
/// ratio measured the pool as much as the work.
/// </summary>
public sealed class SecondThread : IDisposable
{
    private readonly SemaphoreSlim _start = new(0);
    private readonly SemaphoreSlim _done = new(0);
    private readonly Thread _thread;
    private Func<long>? _work;
    private long _result;
    private Exception? _error;
    private volatile bool _stopping;

    public SecondThread()
    {
        _thread = new Thread(Serve) { IsBackground = true, Name = "benchmark second thread" };
        _thread.Start();
    }

    /// <summary>Starts <paramref name="work"/> on the second thread; <see cref="End"/> waits for its result.</summary>
    public void Begin(Func<long> work)
    {
        _work = work;
        _start.Release();
    }

    public long End()
    {
        _done.Wait();
        if (_error is { } error)
        {
            _error = null;
            throw new InvalidOperationException("The work on the second thread failed.", error);
        }

        return _result;
    }

    public void Dispose()
    {
        _stopping = true;
        _start.Release();
        _thread.Join();
        _start.Dispose();
        _done.Dispose();
    }

    private void Serve()
    {
        while (true)
        {
            _start.Wait();
            if (_stopping)
            {
                return;
            }

            try
            {
                _result = _work!();
            }
            catch (Exception e)
            {
                _error = e;
            }

            _done.Release();
        }
    }
}
