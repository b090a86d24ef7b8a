namespace ConsensusLab.Statistics;

/// <summary>One session's figures under one scheme: overall and per group, as its meters compute them.</summary>
internal sealed class SessionFigures
{
    private readonly Dictionary<string, SessionFigure> _groups;

    private SessionFigures(SessionFigure overall, Dictionary<string, SessionFigure> groups, string session)
    {
        Overall = overall;
        _groups = groups;
        Session = session;
    }

    public SessionFigure Overall { get; }

    private string Session { get; }

    /// <summary>The group's figure; a group the session did not have has none (and is not withheld).</summary>
    public SessionFigure Group(string group) => _groups.GetValueOrDefault(group) ?? SessionFigure.Undefined(Session, false);

    public static SessionFigures Of(ComparedSession session, Weighting weighting, ComparedMeasure measure, double confidence) =>
        measure == ComparedMeasure.Agree ? Shares(session, weighting, confidence) : Means(session, weighting, confidence);

    /// <summary>The meters' own shares agreeing and Wilson intervals (on Kish's n_eff), at the comparison's confidence.</summary>
    private static SessionFigures Shares(ComparedSession session, Weighting weighting, double confidence)
    {
        var meters = PrivateMeters.Compute(session.Tally, weighting, session.PrivacyThreshold, MeterOptions.Default with { Confidence = confidence });
        return new SessionFigures(Share(session.Code, meters.Overall),
            meters.Groups.ToDictionary(m => m.Group, m => Share(session.Code, m), StringComparer.Ordinal), session.Code);
    }

    private static SessionFigure Share(string code, GroupMeter meter)
    {
        if (meter.Agree is not { Estimate: { } p } agree || meter.EffectiveN is not { } n)
        {
            return SessionFigure.Undefined(code, meter.Suppressed);
        }

        return new SessionFigure(code, p, agree.Lower, agree.Upper, Math.Sqrt(p * (1 - p) / n), n, meter.Respondents, false);
    }

    /// <summary>Linearisation means: the overall one under the scheme's weights, each group's unweighted; small groups withheld.</summary>
    private static SessionFigures Means(ComparedSession session, Weighting weighting, double confidence)
    {
        var tally = session.Tally;
        var overall = Mean(session.Code, TallyMeans.Of(tally, weighting.RespondentWeights(tally)), tally.Groups.Sum(g => g.Respondents), confidence);
        var groups = new Dictionary<string, SessionFigure>(StringComparer.Ordinal);
        for (var g = 0; g < tally.Groups.Length; g++)
        {
            var respondents = tally.Groups[g].Respondents;
            groups[tally.Groups[g].Group] = respondents > 0 && respondents < session.PrivacyThreshold
                ? SessionFigure.Undefined(session.Code, true)
                : Mean(session.Code, TallyMeans.OfGroup(tally, g), respondents, confidence);
        }

        return new SessionFigures(overall, groups, session.Code);
    }

    /// <summary>mean ± t_{n−1}·SE, n the respondents with positive weight; no interval without an SE.</summary>
    private static SessionFigure Mean(string code, SurveyEstimate estimate, long respondents, double confidence)
    {
        if (estimate.Estimate is not { } mean)
        {
            return SessionFigure.Undefined(code, false);
        }

        var half = estimate.StandardError is { } se ? MeanDifference.Quantile(confidence, estimate.Respondents - 1) * se : (double?)null;
        return new SessionFigure(code, mean, mean - half, mean + half, estimate.StandardError, estimate.KishEffectiveN, respondents, false);
    }
}
