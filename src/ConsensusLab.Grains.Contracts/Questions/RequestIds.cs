namespace ConsensusLab.Grains.Questions;

/// <summary>Request ids the server writes itself; a client's may not look like them, or a retry could be mistaken for one.</summary>
public static class RequestIds
{
    /// <summary>The prefix of a withdrawal entry's request id (followed by the question id).</summary>
    public const string WithdrawalPrefix = "withdraw:";
}
