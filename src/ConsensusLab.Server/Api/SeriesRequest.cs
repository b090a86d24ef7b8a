namespace ConsensusLab.Server.Api;

/// <summary>
/// Links a question to a series: 1–64 letters, digits, '.', '-' or '_', compared without regard to case (kept in lower
/// case), such as "igf-enhanced-cooperation". Questions that share a series are the same question asked in other sessions.
/// </summary>
public sealed record SeriesRequest(string? Series);
