using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>What a question looks like now.</summary>
/// <param name="SessionCode">The session.</param>
/// <param name="Definition">The question.</param>
/// <param name="Groups">Group codes, in the order of the tally.</param>
/// <param name="Status">Pending, open or closed.</param>
/// <param name="Round">The round being asked.</param>
/// <param name="Respondents">Participants with a current answer.</param>
/// <param name="Version">The ledger sequence of the last answer counted: it only grows.</param>
/// <param name="Revealed">Whether the participants may see the results.</param>
[GenerateSerializer, Immutable, Alias("consensuslab.QuestionSnapshot")]
public sealed record QuestionSnapshot(
    string SessionCode,
    QuestionDefinition Definition,
    ImmutableArray<string> Groups,
    QuestionStatus Status,
    int Round,
    int Respondents,
    long Version,
    bool Revealed)
{
    /// <summary>When the question was last opened (or its round started); null while it was never opened.</summary>
    [Id(8)] public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>The series linking this question to the same question in other sessions; null when not linked.</summary>
    [Id(12)] public string? Series { get; init; }
}
