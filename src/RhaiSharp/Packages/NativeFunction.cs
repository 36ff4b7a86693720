using RhaiSharp.Values;

namespace RhaiSharp.Packages;

/// <summary>The calling convention of every native function: the context and the arguments (the first is <c>this</c> for methods).</summary>
/// <remarks>A function that changes its first argument (a method on <c>this</c>) writes the new value into <c>args[0]</c>;
/// the caller writes it back to the variable unless the function is pure.</remarks>
internal delegate object? NativeInvoker(NativeCallContext context, object?[] args);

/// <summary>One registered native function. Immutable.</summary>
internal sealed class NativeFunction
{
    public NativeFunction(string name, Type[] parameterTypes, NativeInvoker invoke, bool isPure = true)
    {
        Name = name;
        ParameterTypes = parameterTypes;
        Invoke = invoke;
        IsPure = isPure;
        AcceptsAny = Array.TrueForAll(parameterTypes, t => t == typeof(object));
    }

    public string Name { get; }

    /// <summary>Parameter types; <see cref="object"/> accepts any value, <see cref="Unit"/> accepts only <c>()</c>.</summary>
    public Type[] ParameterTypes { get; }

    public int Arity => ParameterTypes.Length;

    public NativeInvoker Invoke { get; }

    /// <summary>False when the function may change its first argument (a mutating method): not allowed on constants.</summary>
    public bool IsPure { get; }

    internal bool AcceptsAny { get; }

    /// <summary>How well the arguments fit: -1 no match; higher is more specific.</summary>
    public int Match(object?[] args)
    {
        var score = 0;
        for (var i = 0; i < ParameterTypes.Length; i++)
        {
            var t = ParameterTypes[i];
            var a = args[i];
            if (t == typeof(object))
            {
                continue;
            }

            if (a is null)
            {
                if (t != typeof(Unit))
                {
                    return -1;
                }
            }
            else if (a.GetType() != t && !t.IsInstanceOfType(a))
            {
                return -1;
            }

            score++;
        }

        return score;
    }

    public override string ToString() =>
        $"{Name} ({string.Join(", ", ParameterTypes.Select(TypeNames.OfType))})";
}
