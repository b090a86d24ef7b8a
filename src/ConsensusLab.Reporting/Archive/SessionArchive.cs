using ConsensusLab.Domain.Participants;
using ConsensusLab.Grains;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Hosting;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>
/// Everything an export needs about one session, read once so that every file of an export describes the same
/// moment: the session, the moderator's custom group weights, the participants and the ledger.
/// </summary>
/// <param name="Session">The session with its defaults filled in (group catalogue, labels, axis).</param>
/// <param name="GroupWeights">Relative weight of each group under the custom scheme, by group code.</param>
/// <param name="Participants">Every participant of the session, in order of joining.</param>
/// <param name="Ledger">Every ledger record of the session, in sequence order.</param>
public sealed record SessionArchive(
    SessionSnapshot Session,
    IReadOnlyDictionary<string, double> GroupWeights,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<LedgerRecord> Ledger)
{
    /// <summary>Reads a session's archive; null when no session has the code.</summary>
    public static async Task<SessionArchive?> LoadAsync(IGrainFactory grains, IParticipantStore participants,
        IResponseLedger ledger, string sessionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(ledger);
        var session = await grains.GetGrain<ISessionGrain>(sessionCode).Get();
        if (session is null)
            return null;

        var groups = await Task.WhenAll(session.Definition.Groups.Select(g =>
            grains.GetGrain<IStakeholderGroupGrain>(GrainKeys.Group(sessionCode, g.Code)).GetSnapshot()));
        var joined = new List<Participant>();
        await foreach (var participant in participants.ReadSessionAsync(sessionCode, cancellationToken))
            joined.Add(participant);
        var records = new List<LedgerRecord>();
        await foreach (var record in ledger.ReadSessionAsync(sessionCode, cancellationToken))
            records.Add(record);

        return new SessionArchive(
            session,
            groups.ToDictionary(g => g.Code, g => g.Weight, StringComparer.Ordinal),
            joined,
            [.. records.OrderBy(r => r.Sequence)]);
    }
}
