namespace RhaiSharp;

/// <summary>Kinds of runtime errors, modelled on Rhai's <c>EvalAltResult</c> variants.</summary>
public enum RuntimeErrorKind
{
    /// <summary>A generic runtime error, e.g. raised by a host function.</summary>
    Runtime,
    /// <summary>A value thrown by the script with <c>throw</c>.</summary>
    Thrown,
    /// <summary>Arithmetic error: overflow, division by zero.</summary>
    Arithmetic,
    /// <summary>Unknown variable.</summary>
    VariableNotFound,
    /// <summary>Unknown function.</summary>
    FunctionNotFound,
    /// <summary>Unknown module.</summary>
    ModuleNotFound,
    /// <summary>Unknown property (with <c>FailOnInvalidMapProperty</c>).</summary>
    PropertyNotFound,
    /// <summary>Unknown indexer.</summary>
    IndexingType,
    /// <summary>Array index out of bounds.</summary>
    ArrayBounds,
    /// <summary>String index out of bounds.</summary>
    StringBounds,
    /// <summary>Bit-field index out of bounds.</summary>
    BitFieldBounds,
    /// <summary>A value had the wrong type.</summary>
    MismatchDataType,
    /// <summary>The script's result cannot be converted to the requested .NET type.</summary>
    MismatchOutputType,
    /// <summary>Assignment to a constant.</summary>
    AssignmentToConstant,
    /// <summary>A mutating method called on a constant.</summary>
    NonPureMethodCallOnConstant,
    /// <summary><c>this</c> used outside a method.</summary>
    UnboundThis,
    /// <summary>A <c>for</c> loop over something that cannot be iterated.</summary>
    For,
    /// <summary>An error inside a called function.</summary>
    InFunctionCall,
    /// <summary>An error inside a loaded module.</summary>
    InModule,
    /// <summary>A parse error inside <c>eval</c> or a loaded module.</summary>
    Parsing,
    /// <summary>Call stack too deep. Not catchable.</summary>
    StackOverflow,
    /// <summary>Too many operations. Not catchable.</summary>
    TooManyOperations,
    /// <summary>Too many variables. Not catchable.</summary>
    TooManyVariables,
    /// <summary>Too many modules. Not catchable.</summary>
    TooManyModules,
    /// <summary>A string, array or map exceeded its size limit. Not catchable.</summary>
    DataTooLarge,
    /// <summary>Terminated by the progress callback or by <c>exit</c>. Not catchable.</summary>
    Terminated,
    /// <summary>A custom type's data was misused.</summary>
    DataRace,
}
