using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;
using Orleans;

namespace ConsensusLab.Grains.Live;

/// <summary>A question's latest sufficient statistics, as a grain publishes them for live meters.</summary>
[GenerateSerializer, Immutable, Alias("consensuslab.TallyPublication")]
public sealed record TallyPublication(string SessionCode, string QuestionId, QuestionStatus Status, int Round, bool Revealed, TallySnapshot Tally);
