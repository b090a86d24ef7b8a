namespace ConsensusLab.Statistics.Deliberation;

/// <summary>The three votes on a statement, as integers so that a vote matrix stays a flat array of small numbers.</summary>
public static class Votes
{
    /// <summary>The participant agrees with the statement.</summary>
    public const int Agree = 1;

    /// <summary>The participant disagrees with the statement.</summary>
    public const int Disagree = -1;

    /// <summary>The participant saw the statement and passed (neither agrees nor disagrees).</summary>
    public const int Pass = 0;

    /// <summary>True for +1, −1 and 0.</summary>
    public static bool IsValid(int vote) => vote is Agree or Disagree or Pass;

    /// <summary>Throws unless the vote is +1, −1 or 0.</summary>
    public static void Validate(int vote, string paramName)
    {
        if (!IsValid(vote))
        {
            throw new ArgumentOutOfRangeException(paramName, vote, "A vote is +1 (agree), -1 (disagree) or 0 (pass).");
        }
    }
}
