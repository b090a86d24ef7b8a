namespace ConsensusLab.Server.Live;

/// <summary>The current meters of every question of a session, in the session's question order.</summary>
public sealed record SessionMeters(string SessionCode, IReadOnlyList<MeterUpdate> Questions);
