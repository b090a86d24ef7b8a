using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Server.Api;

/// <summary>A statement as a participant sees it: no author.</summary>
/// <param name="Status">Where it stands in moderation (a participant's own statement may still be pending).</param>
public sealed record StatementView(int Id, string Text, string? Language, StatementStatus Status)
{
    public static StatementView Of(Statement statement) => new(statement.Id, statement.Text, statement.Language, statement.Status);
}
