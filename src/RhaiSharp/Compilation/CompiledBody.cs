using RhaiSharp.Runtime;
using RhaiSharp.Values;

namespace RhaiSharp.Compilation;

/// <summary>
/// The shape of every compiled delegate (the main program, each script function, each closure): lambda lifting
/// gives each one its own top-level delegate whose captured variables arrive as cells, never as CLR closures.
/// </summary>
internal delegate object? CompiledBody(RunContext context, object?[] args, SharedCell[]? captured, ThisRef? self);
