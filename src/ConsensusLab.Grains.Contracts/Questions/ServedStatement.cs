using ConsensusLab.Domain.Questions;
using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>The statement a participant is asked to vote on next, and how far they are.</summary>
/// <param name="Statement">The statement; null when the participant has seen every statement there is to vote on.</param>
/// <param name="Voted">Statements the participant has voted on.</param>
/// <param name="Remaining">Votable statements the participant has not been served yet.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.ServedStatement")]
public sealed record ServedStatement(Statement? Statement, int Voted, int Remaining);
