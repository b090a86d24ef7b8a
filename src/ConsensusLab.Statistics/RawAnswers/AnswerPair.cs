namespace ConsensusLab.Statistics;

/// <summary>One participant's answers to the same question in two rounds; null = not answered in that round.</summary>
/// <typeparam name="T">Cell index (ordinal) or position value.</typeparam>
/// <param name="Before">The earlier round's answer.</param>
/// <param name="After">The later round's answer.</param>
public sealed record AnswerPair<T>(T? Before, T? After)
    where T : struct;
