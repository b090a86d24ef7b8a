using System.Collections.Immutable;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Statistics;
using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Server.Api;

/// <summary>Turns a statements question's snapshot into the console's and projector's view, figures under the session's weighting.</summary>
internal static class DeliberationViews
{
    public static DeliberationView Of(string questionId, DeliberationSnapshot snapshot, Weighting weighting, double confidence)
    {
        var none = ImmutableDictionary<string, StatementCounts>.Empty;
        var statements = snapshot.Statements.Select(s =>
        {
            var counts = snapshot.Counts.GetValueOrDefault(s.Id) ?? none;
            return new ModeratedStatement(s.Id, s.Text, s.Language, s.Status, s.GroupCode, s.SubmittedAt, counts.Values.Sum(c => c.Voted),
                StatementFigures.Of(s.Id, counts, weighting, confidence));
        });
        var groups = snapshot.OpinionGroups;
        return new DeliberationView(questionId, snapshot.Moderation, snapshot.Version, weighting.Scheme.ToString(), [.. statements],
            [.. groups.Participants.Select(p => new OpinionPoint(p.X, p.Y, p.GroupLabel))], groups.Groups, groups.Silhouette,
            groups.Representative, groups.Consensus, snapshot.Bridging, snapshot.CrossTab, snapshot.AnalysedVersion, snapshot.AnalysedAt);
    }
}
