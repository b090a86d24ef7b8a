namespace ConsensusLab.Grains;

/// <summary>
/// The grains' type names, which are also their state names: stored rows are keyed "name" + "name/key", so the
/// names are part of the data and never change.
/// </summary>
internal static class GrainTypes
{
    public const string Session = "session";
    public const string Question = "question";
    public const string Group = "group";
}
