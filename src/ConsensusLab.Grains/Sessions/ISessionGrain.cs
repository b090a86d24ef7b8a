using System.Collections.Immutable;
using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Statistics;

namespace ConsensusLab.Grains.Sessions;

/// <summary>One session (key: its join code): its definition, lifecycle, question order and default weighting.</summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Creates the session and its questions, in draft, with the hashes of its access keys.</summary>
    Task<SessionSnapshot> Create(SessionDefinition definition, SessionKeys keys);

    /// <summary>Replaces the access keys (the old links stop working).</summary>
    Task<SessionSnapshot> ReplaceKeys(SessionKeys keys);

    /// <summary>The session, or null when no session has this code.</summary>
    [AlwaysInterleave]
    Task<SessionSnapshot?> Get();

    /// <summary>Adds invite codes (their hashes) for a group of the session's catalogue.</summary>
    Task<SessionSnapshot> IssueInvites(string group, ImmutableArray<string> codeHashes);

    Task<SessionSnapshot> Open();

    Task<SessionSnapshot> Close();

    /// <summary>The weighting moderators see first; meters carry every scheme regardless.</summary>
    Task<SessionSnapshot> SetWeighting(WeightingScheme scheme);
}
