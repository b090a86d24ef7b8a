using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using Orleans;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// A question grain's persisted state. Answers are not in it: they live in the ledger, and the tally is rebuilt from
/// the ledger on activation. Fields are only ever added (SchemaVersion says which).
/// </summary>
[GenerateSerializer, Alias("consensuslab.QuestionState")]
internal sealed record QuestionState
{
    [Id(0)] public int SchemaVersion { get; init; } = 4;
    [Id(1)] public QuestionDefinition? Definition { get; init; }
    [Id(2)] public ImmutableArray<string> Groups { get; init; } = [];
    [Id(3)] public QuestionStatus Status { get; init; }
    [Id(4)] public int Round { get; init; } = 1;
    [Id(5)] public DateTimeOffset? OpenedAt { get; init; }
    [Id(6)] public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Added in schema 2: the moderator showed the results to the participants.</summary>
    [Id(7)] public bool Revealed { get; init; }

    /// <summary>Added in schema 3: the series the moderator linked the question to (null: not linked), see <see cref="StoredSeries"/>.</summary>
    [Id(8)] public string? Series { get; init; }
    /// <summary>
    /// Added in schema 4: a statements question's statements, seeded and written by participants, with their
    /// moderation; ids are their positions. Kept here (not in the ledger) because moderation changes them.
    /// </summary>
    [Id(9)] public ImmutableArray<Statement> Statements { get; init; } = [];
}
