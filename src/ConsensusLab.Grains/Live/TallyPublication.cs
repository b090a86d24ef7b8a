using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Grains.Live;

/// <summary>A question's latest sufficient statistics, as a grain publishes them for live meters.</summary>
public sealed record TallyPublication(string SessionCode, string QuestionId, QuestionStatus Status, int Round, bool Revealed, TallySnapshot Tally);
