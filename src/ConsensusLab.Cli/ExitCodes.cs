namespace ConsensusLab.Cli;

/// <summary>The process exit codes of consensuslab.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command could not do its work: unknown session, missing database, unwritable directory.</summary>
    public const int Failure = 1;
}
