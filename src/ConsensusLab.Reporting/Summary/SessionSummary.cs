using ConsensusLab.Domain.Sessions;
using ConsensusLab.Grains.Sessions;
using System.Collections.Immutable;

namespace ConsensusLab.Reporting;

/// <summary>The meters of every question of a session, recomputed from the current answers in the ledger.</summary>
/// <param name="SessionCode">The session.</param>
/// <param name="Title">The session's title.</param>
/// <param name="HeldOn">The day the session was held.</param>
/// <param name="CustomWeights">The relative group weights the custom scheme used, by group code.</param>
/// <param name="Questions">Every question, in the session's order.</param>
public sealed record SessionSummary(
    string SessionCode,
    string Title,
    DateOnly HeldOn,
    IReadOnlyDictionary<string, double> CustomWeights,
    ImmutableArray<QuestionSummary> Questions)
{
    /// <summary>Whether the groups' members were verified by invite codes or declared their group themselves.</summary>
    public GroupMembership GroupMembership { get; init; }

    /// <summary>The confidence level, Delphi rule and Esteban–Ray α the figures were computed with, so a reader can repeat them.</summary>
    public MeterSettings MeterSettings { get; init; } = MeterSettings.Default;

    /// <summary>The moderator's raking of the respondent weights, which the rounds' raked figures follow.</summary>
    public RakingSettings Raking { get; init; } = RakingSettings.Off;

    /// <summary>Replays the archive's ledger and computes every question's meters under every weighting scheme.</summary>
    public static SessionSummary Of(SessionArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var session = archive.Session;
        return new SessionSummary(session.Code, session.Definition.Title, session.HeldOn, archive.GroupWeights,
            SummaryCalculator.Questions(archive)) { GroupMembership = session.Membership, MeterSettings = session.MeterSettings, Raking = session.Raking };
    }
}
