using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>One session of a compared series: which question it asked, when, and which round is compared.</summary>
/// <param name="Code">The session's code, which names its figures in the comparison.</param>
/// <param name="Title">The session's title.</param>
/// <param name="HeldOn">The day it was held: the comparison's order.</param>
/// <param name="QuestionId">The linked question in that session.</param>
/// <param name="Prompt">The question as that session worded it.</param>
/// <param name="Round">The round compared: the question's last round with answers (1 before any).</param>
/// <param name="SessionScheme">The weighting the session's own cards show.</param>
public sealed record SeriesSession(string Code, string Title, DateOnly HeldOn, string QuestionId, string Prompt, int Round, WeightingScheme SessionScheme);
