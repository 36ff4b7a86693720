using FluentAssertions;

namespace RhaiSharp.Tests.Safety;

/// <summary>Shared checks: a script fails with an exact error kind, and the engine (and a fresh one) still works afterwards.</summary>
internal static class SafetyAssert
{
    private const string HealthCheck = "fn twice(x) { x * 2 } [1, 2, 3].map(|v| twice(v)).reduce(|t, v| t + v, 0) + parse_int(`${[1, 2, 3].len()}`)";

    public static Engine Limited(EngineOptions options) => new Engine { Options = options }.OnPrint(_ => { }).OnDebug((_, _, _) => { });

    public static RuntimeException FailsWith(Engine engine, string script, RuntimeErrorKind kind, CancellationToken token = default)
    {
        var act = () => engine.Run(script, null, token);
        var error = act.Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(kind, error.Message);
        StillWorks(engine);
        return error;
    }

    public static ParseException FailsToParse(Engine engine, string script)
    {
        var act = () => engine.Compile(script);
        var error = act.Should().Throw<ParseException>().Which;
        StillWorks(engine);
        return error;
    }

    /// <summary>The same engine (with few variables, so that it also fits tight limits) and another engine sharing the standard package both run a normal script correctly.</summary>
    public static void StillWorks(Engine engine)
    {
        engine.Eval<long>(HealthCheck).Should().Be(15);
        new Engine().Eval<long>(HealthCheck).Should().Be(15);
    }
}
