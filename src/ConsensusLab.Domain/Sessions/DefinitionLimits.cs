namespace ConsensusLab.Domain.Sessions;

/// <summary>
/// How big a session definition may be: well beyond any forum's sitting, and small enough that reading a session stays
/// cheap whatever a creator sends. Every string is also bounded in length and refused if it carries control or
/// bidirectional-override characters (see <see cref="UserText"/>).
/// </summary>
public static class DefinitionLimits
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxQuestions = 60;
    public const int MaxGroups = 20;
    public const int MaxGroupCodeLength = 20;
    public const int MaxGroupNameLength = 80;
    public const int MaxGroupDescriptionLength = 300;
    public const int MaxPromptLength = 500;
    public const int MaxOptionLength = 200;
    public const int MaxAxisLabelLength = 100;
}
