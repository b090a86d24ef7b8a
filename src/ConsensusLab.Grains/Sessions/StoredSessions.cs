using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Grains.Groups;
using ConsensusLab.Grains.Questions;
using ConsensusLab.Storage;

namespace ConsensusLab.Grains.Sessions;

/// <summary>
/// Sessions as their grains last stored them, read straight from the store without a silo: for the command line,
/// which exports from a database file while no server (or a stopped one) owns it.
/// </summary>
public sealed class StoredSessions(IGrainStateStore store)
{
    private const string SessionPrefix = GrainTypes.Session + "/";

    /// <summary>The session with this code, or null.</summary>
    public async Task<SessionSnapshot?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(GrainTypes.Session, SessionPrefix + code, cancellationToken);
        return stored is null ? null : Read<SessionState>(stored).Snapshot(code);
    }

    /// <summary>Every session, oldest change first.</summary>
    public async IAsyncEnumerable<SessionSnapshot> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in store.ReadAllAsync(GrainTypes.Session, cancellationToken))
            if (Read<SessionState>(stored).Snapshot(stored.GrainId[SessionPrefix.Length..]) is { } session)
                yield return session;
    }

    /// <summary>Each group's weight under the custom scheme (1 for a group whose weight was never set).</summary>
    public async Task<IReadOnlyDictionary<string, double>> GroupWeightsAsync(SessionSnapshot session, CancellationToken cancellationToken)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in session.Definition.Groups)
        {
            var stored = await store.ReadAsync(GrainTypes.Group, GrainTypes.Group + "/" + GrainKeys.Group(session.Code, group.Code), cancellationToken);
            weights[group.Code] = (stored is null ? new StakeholderGroupState() : Read<StakeholderGroupState>(stored)).Weight;
        }
        return weights;
    }

    /// <summary>The statements of each statements question of the session, with their moderation, by question id.</summary>
    public async Task<IReadOnlyDictionary<string, ImmutableArray<Statement>>> StatementsAsync(SessionSnapshot session, CancellationToken cancellationToken)
    {
        var statements = new Dictionary<string, ImmutableArray<Statement>>(StringComparer.Ordinal);
        foreach (var question in session.Definition.Questions.Where(q => q.Kind == QuestionKind.Statements))
        {
            var stored = await store.ReadAsync(GrainTypes.Question, GrainTypes.Question + "/" + GrainKeys.Question(session.Code, question.Id), cancellationToken);
            statements[question.Id] = stored is null ? [] : Read<QuestionState>(stored).Statements;
        }
        return statements;
    }

    private static T Read<T>(StoredState stored) =>
        JsonSerializer.Deserialize<T>(stored.Payload, GrainStateJson.Options) ?? throw new InvalidDataException($"{stored.GrainId} holds no state.");
}
