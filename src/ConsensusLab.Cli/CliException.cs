namespace ConsensusLab.Cli;

/// <summary>A failure the user can fix, reported as one line on stderr without a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
