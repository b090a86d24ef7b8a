using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Server.Api;

/// <summary>One stored session as the session list shows it.</summary>
public sealed record SessionListItem(string Code, string Title, SessionStatus Status);
