using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Grains.Questions;

/// <summary>
/// A question grain's persisted state. Answers are not in it: they live in the ledger, and the tally is rebuilt from
/// the ledger on activation. Fields are only ever added (SchemaVersion says which).
/// </summary>
public sealed record QuestionState
{
    public int SchemaVersion { get; init; } = 2;
    public QuestionDefinition? Definition { get; init; }
    public ImmutableArray<string> Groups { get; init; } = [];
    public QuestionStatus Status { get; init; }
    public int Round { get; init; } = 1;
    public DateTimeOffset? OpenedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Added in schema 2: the moderator showed the results to the participants.</summary>
    public bool Revealed { get; init; }
}
