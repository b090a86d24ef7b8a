namespace ConsensusLab.CrowdSimulator.Api;

/// <summary>A question of the session: kind likert | position | singleChoice | multipleChoice | ranking, status pending | open | closed.</summary>
internal sealed record QuestionView(string Id, string Kind, string? Prompt, IReadOnlyList<string>? Options, AxisView? Axis, string? Status)
{
    public bool IsOpen => string.Equals(Status, "open", StringComparison.OrdinalIgnoreCase);
}
