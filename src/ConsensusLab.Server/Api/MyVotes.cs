using System.Collections.Immutable;

namespace ConsensusLab.Server.Api;

/// <summary>A participant's current votes, with the statements, so that the page can offer to change them.</summary>
public sealed record MyVotes(string QuestionId, int Round, ImmutableArray<MyVote> Votes);
