using System.Runtime.CompilerServices;
using System.Text.Json;
using ConsensusLab.Storage;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// The questions linked to a series, read from their stored states: a question grain writes its series before it
/// acknowledges the link, so the store knows every link any silo made. Finding a series reads every question's state
/// (one row each): cheap for the thousands of questions a forum's history holds; an index table would be the next step.
/// </summary>
public sealed class StoredSeries(IGrainStateStore store)
{
    private const string QuestionPrefix = GrainTypes.Question + "/";

    /// <summary>Every question linked to <paramref name="series"/> (the name compared exactly), in no particular order.</summary>
    public async IAsyncEnumerable<SeriesMember> MembersAsync(string series, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in store.ReadAllAsync(GrainTypes.Question, cancellationToken))
        {
            var state = Read(stored);
            if (state.Definition is { } definition && string.Equals(state.Series, series, StringComparison.Ordinal))
                yield return new SeriesMember(GrainKeys.Split(stored.GrainId[QuestionPrefix.Length..]).SessionCode, definition);
        }
    }

    /// <summary>The series of the question, or null when it is not linked (or does not exist).</summary>
    public async Task<string?> OfAsync(string sessionCode, string questionId, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(GrainTypes.Question, QuestionPrefix + GrainKeys.Question(sessionCode, questionId), cancellationToken);
        return stored is null ? null : Read(stored).Series;
    }

    private static QuestionState Read(StoredState stored) =>
        JsonSerializer.Deserialize<QuestionState>(stored.Payload, GrainStateJson.Options) ?? throw new InvalidDataException($"{stored.GrainId} holds no state.");
}
