using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics.Deliberation;

namespace ConsensusLab.Server.Api;

/// <summary>
/// A statements question for the console and the projector: every statement with its moderation and live figures,
/// and the opinion groups, representative, consensus and bridging statements of the last background recomputation.
/// </summary>
/// <param name="Version">The ledger sequence of the last vote counted (the live figures').</param>
/// <param name="AnalysedVersion">The version the opinion groups were computed at; they lag the figures by at most a few seconds.</param>
/// <param name="Weighting">The weighting the overall shares use (the session's).</param>
public sealed record DeliberationView(
    string QuestionId,
    ModerationMode Moderation,
    long Version,
    string Weighting,
    ImmutableArray<ModeratedStatement> Statements,
    ImmutableArray<OpinionPoint> Map,
    ImmutableArray<OpinionGroup> OpinionGroups,
    double? Silhouette,
    ImmutableArray<RepresentativeStatement> Representative,
    ImmutableArray<ConsensusStatement> Consensus,
    ImmutableArray<BridgingStatement> Bridging,
    ImmutableArray<OpinionGroupCrossTab> CrossTab,
    long AnalysedVersion,
    DateTimeOffset? AnalysedAt);
