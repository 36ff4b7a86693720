using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("RhaiSharp.Benchmarks")]
