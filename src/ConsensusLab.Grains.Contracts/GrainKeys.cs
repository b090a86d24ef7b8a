namespace ConsensusLab.Grains;

/// <summary>Keys of the grains that live inside a session.</summary>
public static class GrainKeys
{
    public static string Question(string sessionCode, string questionId) => $"{sessionCode}/{questionId}";

    public static string Group(string sessionCode, string groupCode) => $"{sessionCode}/{groupCode}";

    /// <summary>Splits "SESSION/ITEM" back into its parts.</summary>
    public static (string SessionCode, string Item) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return (key[..slash], key[(slash + 1)..]);
    }
}
