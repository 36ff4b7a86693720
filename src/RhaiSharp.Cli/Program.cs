// The `rules` tool: see Cli for the commands and exit codes.
return await RhaiSharp.Cli.Cli.RunAsync(args, Console.Out, Console.Error);
