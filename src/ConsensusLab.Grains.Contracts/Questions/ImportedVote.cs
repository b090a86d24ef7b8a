using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>A vote of a conversation brought in from elsewhere (a Polis export), with the time it was cast there.</summary>
/// <param name="ParticipantId">The voter, as the other tool named them.</param>
/// <param name="Group">The stakeholder group the votes are counted in.</param>
/// <param name="StatementId">The statement.</param>
/// <param name="Vote">+1 agree, −1 disagree, 0 pass.</param>
/// <param name="At">When it was cast.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.ImportedVote")]
public sealed record ImportedVote(string ParticipantId, string Group, int StatementId, int Vote, DateTimeOffset At);
