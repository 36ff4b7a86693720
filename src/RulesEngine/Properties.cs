using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("RulesEngine.Benchmarks")]
