using Orleans;

namespace ConsensusLab.Domain.Participants;

/// <summary>A participant of one session, known by a per-session pseudonym only.</summary>
/// <param name="SessionCode">The session joined.</param>
/// <param name="Id">Pseudonymous id, unique in the session; it never identifies the person.</param>
/// <param name="Profile">What the participant declared.</param>
/// <param name="JoinedAt">When the participant joined.</param>
/// <param name="WithdrawnAt">When the participant withdrew, if they did: none of their answers counts any more.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.Participant")]
public sealed record Participant(string SessionCode, string Id, ParticipantProfile Profile, DateTimeOffset JoinedAt,
    DateTimeOffset? WithdrawnAt = null);
