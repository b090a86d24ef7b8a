using ConsensusLab.Cli;

return await CliApplication.RunAsync(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, CancellationToken.None);
