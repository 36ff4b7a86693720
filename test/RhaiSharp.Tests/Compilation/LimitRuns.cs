namespace RhaiSharp.Tests.Compilation;

/// <summary>Runs scripts under limits for tests that compare a compiled shape with the general one.</summary>
internal static class LimitRuns
{
    /// <summary>The script's value, or the kind of the runtime error that stopped it.</summary>
    public static object? Outcome(string script, EngineOptions options)
    {
        var engine = Engine.CreateRaw();
        engine.Options = options;
        try
        {
            return engine.Eval<object?>(script);
        }
        catch (RuntimeException e)
        {
            return e.Kind;
        }
    }

    public static object? Outcome(string script, long maxOperations) => Outcome(script, EngineOptions.Default with { MaxOperations = maxOperations });

    /// <summary>The least operation limit the script runs under (it fails under every smaller one), found by bisection.</summary>
    public static long LeastOperationLimit(string script)
    {
        long low = 1, high = 1_000_000;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Outcome(script, middle) is RuntimeErrorKind)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
