namespace ConsensusLab.Statistics;

/// <summary>One session's answers to a linked question, with what its meters apply to them.</summary>
/// <param name="Code">The session's code, which names its figures in the comparison.</param>
/// <param name="Tally">The counts of the round compared (the question's last round with answers).</param>
/// <param name="Schemes">The session's weightings, one per scheme (its own custom weights and "Other" treatment).</param>
/// <param name="PrivacyThreshold">Groups with 1 … threshold − 1 respondents are withheld, as in the session's meters.</param>
public sealed record ComparedSession(string Code, TallySnapshot Tally, IReadOnlyList<Weighting> Schemes, int PrivacyThreshold);
