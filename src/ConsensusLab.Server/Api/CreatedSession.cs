namespace ConsensusLab.Server.Api;

/// <summary>A new session with its access keys: shown this once, stored only as hashes.</summary>
public sealed record CreatedSession(SessionView Session, string ModeratorKey, string ViewKey);
