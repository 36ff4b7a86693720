namespace RulesEngine.Benchmarks.Infrastructure;

/// <summary>
/// Typed delegates over a script function, for W1b.
/// TODO: switch to <c>engine.CreateFunc&lt;T1, T2, T3, TResult&gt;(ast, name)</c> when it lands (being added on
/// another branch). Until then this wraps <c>Engine.CallFn</c>, which boxes the arguments into a params array and
/// looks the function up on every call, so W1b measures CallFn, not a typed delegate.
/// </summary>
public static class TypedDelegates
{
    public static Func<T1, T2, T3, TResult> Create<T1, T2, T3, TResult>(Engine engine, Ast ast, string name) =>
        (a, b, c) => engine.CallFn<TResult>(ast, name, a, b, c);
}
