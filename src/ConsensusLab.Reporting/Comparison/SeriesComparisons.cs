using System.Collections.Immutable;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Grains.Sessions;
using ConsensusLab.Storage;

namespace ConsensusLab.Reporting;

/// <summary>
/// Loads the comparisons of a session's linked questions from the store: for each, the other sessions linked to its
/// series that the reader may see, each read from its own ledger. A session the reader may not see contributes
/// nothing but its count (<see cref="SeriesComparison.WithheldSessions"/>), so one session's figures never reach
/// someone who holds only another's key. The stored sessions and series come from the grains' store
/// (ConsensusLab.Grains' StoredSessions and StoredSeries, which this project does not reference: it reads no grain state).
/// </summary>
/// <param name="findSession">The session with a code, as last stored, or null.</param>
/// <param name="groupWeights">A session's custom group weights.</param>
/// <param name="seriesOf">The series a session's question is linked to, or null.</param>
/// <param name="members">Every question linked to a series.</param>
/// <param name="participants">The participant store, for each session's archive.</param>
/// <param name="ledger">The ledger, for each session's archive.</param>
public sealed class SeriesComparisons(
    Func<string, CancellationToken, Task<SessionSnapshot?>> findSession,
    Func<SessionSnapshot, CancellationToken, Task<IReadOnlyDictionary<string, double>>> groupWeights,
    Func<string, string, CancellationToken, Task<string?>> seriesOf,
    Func<string, CancellationToken, IAsyncEnumerable<SeriesMember>> members,
    IParticipantStore participants,
    IResponseLedger ledger)
{
    /// <summary>The archive with <see cref="SessionArchive.Comparisons"/> filled in for every linked question.</summary>
    /// <param name="archive">The session the comparisons are asked from; the reader may see it.</param>
    /// <param name="readable">Whether the reader may see another session's figures (holds its moderator or view key).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<SessionArchive> AddToAsync(SessionArchive archive, Func<SessionSnapshot, bool> readable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var comparisons = ImmutableArray.CreateBuilder<SeriesComparison>();
        foreach (var question in archive.Session.Definition.Questions)
            if (await OfAsync(archive, question.Id, readable, cancellationToken) is { } comparison)
                comparisons.Add(comparison);
        return archive with { Comparisons = comparisons.ToImmutable() };
    }

    /// <summary>The comparison of one question of the archive's session, or null when it is not linked.</summary>
    public async Task<SeriesComparison?> OfAsync(SessionArchive archive, string questionId, Func<SessionSnapshot, bool> readable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(readable);
        var session = archive.Session;
        var question = session.Definition.Questions.FirstOrDefault(q => q.Id == questionId);
        if (question is null || await seriesOf(session.Code, questionId, cancellationToken) is not { } name)
            return null;
        var linked = new List<LinkedQuestion> { new(archive, question) };
        var withheld = 0;
        await foreach (var member in members(name, cancellationToken))
        {
            if (member.SessionCode == session.Code || await findSession(member.SessionCode, cancellationToken) is not { } other)
                continue;
            if (!readable(other))
                withheld++;
            // Two links made at once may have let in a question of another scale: it is left out rather than compared.
            else if (SeriesComparison.Comparable(question, member.Definition))
                linked.Add(new LinkedQuestion(await SessionArchive.LoadAsync(other, await groupWeights(other, cancellationToken),
                    archive.LdcGraduations, participants, ledger, cancellationToken), member.Definition));
        }
        return SeriesComparison.Of(name, linked, session.MeterSettings.Confidence, withheld);
    }
}
