using System.Collections.Immutable;
using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>
/// Everything an export needs about one session, read once so that every file of an export describes the same
/// moment: the session, the moderator's custom group weights, the participants and the ledger.
/// </summary>
/// <param name="Session">The session with its defaults filled in (group catalogue, labels, axis).</param>
/// <param name="GroupWeights">Relative weight of each group under the custom scheme, by group code.</param>
/// <param name="Participants">Every participant of the session, in order of joining, those who withdrew too (the
/// participation figures count them as withdrawn).</param>
/// <param name="Ledger">Every ledger record of the session, in sequence order; the archive keeps those of participants
/// who did not withdraw (<see cref="WithdrawnAnswers"/>).</param>
/// <param name="LdcGraduations">The LDC graduation table the participation figures apply on the session's day.</param>
public sealed record SessionArchive(
    SessionSnapshot Session,
    IReadOnlyDictionary<string, double> GroupWeights,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<LedgerRecord> Ledger,
    LdcGraduations LdcGraduations)
{
    /// <summary>
    /// The ledger records of participants who did not withdraw, in sequence order. Filtered here, as the archive is
    /// made, so that no file, figure or report made from an archive can hold a withdrawn participant's answers.
    /// </summary>
    public IReadOnlyList<LedgerRecord> Ledger { get; } = WithdrawnAnswers.Remove(Ledger, Participants);

    /// <summary>
    /// Each linked question of the session compared with the sessions the reader may see (<see cref="SeriesComparisons"/>);
    /// empty when none is linked or the caller did not load them.
    /// </summary>
    public ImmutableArray<SeriesComparison> Comparisons { get; init; } = [];
    /// <summary>Each statements question's statements with their moderation, by question id (they live in the question's state, not the ledger).</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Statement>> Statements { get; init; } =
        ImmutableDictionary<string, ImmutableArray<Statement>>.Empty;

    /// <summary>Reads the session's participants and ledger to go with the session, its weights and the LDC table.</summary>
    public static async Task<SessionArchive> LoadAsync(SessionSnapshot session, IReadOnlyDictionary<string, double> groupWeights,
        LdcGraduations ldcGraduations, IParticipantStore participants, IResponseLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(ledger);
        var joined = new List<Participant>();
        await foreach (var participant in participants.ReadSessionAsync(session.Code, cancellationToken))
            joined.Add(participant);
        var records = new List<LedgerRecord>();
        await foreach (var record in ledger.ReadSessionAsync(session.Code, cancellationToken))
            records.Add(record);
        return new SessionArchive(session, groupWeights, joined, [.. records.OrderBy(r => r.Sequence)], ldcGraduations);
    }
}
