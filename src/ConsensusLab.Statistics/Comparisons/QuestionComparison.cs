using System.Collections.Immutable;

namespace ConsensusLab.Statistics;

/// <summary>
/// One question asked in several sessions (a linked series), compared session by session: per group and overall,
/// under each weighting scheme, the share agreeing (Likert) or the mean position (position axis) with its interval,
/// and each change from one session to the next with its interval and a two-sample test for independent rooms.
/// The figures are the meters' own: the same top-two-box agreement, the same weights, the same small-cell suppression.
/// </summary>
public static class QuestionComparison
{
    /// <summary>The measure a scale is compared on; null for scales that have none (nominal, multiple choice, ranking).</summary>
    public static ComparedMeasure? MeasureOf(Scale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.Kind switch
        {
            ScaleKind.Ordinal => ComparedMeasure.Agree,
            ScaleKind.Position => ComparedMeasure.PositionMean,
            _ => null,
        };
    }

    /// <summary>Whether two scales can be compared: same kind with a measure, and the same number of Likert points.</summary>
    public static bool Comparable(Scale first, Scale second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return MeasureOf(first) is not null && first.Kind == second.Kind
            && (first.Kind != ScaleKind.Ordinal || first.Options == second.Options);
    }

    /// <summary>
    /// Compares the sessions in the order given (date order): one <see cref="SchemeComparison"/> per scheme of the first
    /// session. Throws <see cref="ArgumentException"/> when the scales cannot be compared (<see cref="Comparable"/>).
    /// </summary>
    public static ImmutableArray<SchemeComparison> Compare(IReadOnlyList<ComparedSession> sessions, double confidence)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.Count == 0)
        {
            throw new ArgumentException("A comparison needs at least one session.", nameof(sessions));
        }

        var scale = sessions[0].Tally.Scale;
        if (sessions.FirstOrDefault(s => !Comparable(scale, s.Tally.Scale)) is { } odd)
        {
            throw new ArgumentException($"Session {odd.Code}'s {odd.Tally.Scale.Kind} scale cannot be compared with a {scale.Kind} one.", nameof(sessions));
        }

        var measure = MeasureOf(scale)!.Value;
        var groups = sessions.SelectMany(s => s.Tally.Groups.Select(g => g.Group)).Distinct(StringComparer.Ordinal).ToArray();
        return [.. sessions[0].Schemes.Select(w => w.Scheme).Select(scheme =>
        {
            var figures = sessions.Select(s => SessionFigures.Of(s, Scheme(s, scheme), measure, confidence)).ToArray();
            return new SchemeComparison(scheme,
                Trend(GroupMeter.OverallGroup, figures.Select(f => f.Overall), measure, confidence),
                [.. groups.Select(group => Trend(group, figures.Select(f => f.Group(group)), measure, confidence))]);
        })];
    }

    private static Weighting Scheme(ComparedSession session, WeightingScheme scheme) =>
        session.Schemes.FirstOrDefault(w => w.Scheme == scheme)
        ?? throw new ArgumentException($"Session {session.Code} has no {scheme} weighting.", nameof(session));

    private static GroupTrend Trend(string group, IEnumerable<SessionFigure> figures, ComparedMeasure measure, double confidence)
    {
        var sessions = figures.ToImmutableArray();
        var differences = sessions.Zip(sessions.Skip(1), (earlier, later) => measure == ComparedMeasure.Agree
            ? ShareDifference.Between(earlier, later)
            : MeanDifference.Between(earlier, later, confidence));
        return new GroupTrend(group, sessions, [.. differences]);
    }
}
