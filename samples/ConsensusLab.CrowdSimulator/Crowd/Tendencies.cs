using ConsensusLab.CrowdSimulator.Api;

namespace ConsensusLab.CrowdSimulator.Crowd;

/// <summary>
/// How each stakeholder group tends to answer, after the enhanced-cooperation debate: governments and IGOs lean
/// toward creating new structures, the technical community and business toward evolving existing ones, civil
/// society is split; agreement on shared goals is high, on trust it is split along group lines.
/// </summary>
internal sealed class Tendencies(int seed)
{
    /// <summary>Mean position on the evolution (−1) ↔ creation (+1) axis by group; civil society is two camps.</summary>
    private static readonly Dictionary<string, double> PositionLean = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GOV"] = 0.45, ["IGO"] = 0.55, ["TC"] = -0.55, ["PS"] = -0.45, ["ACA"] = -0.1, ["OTHER"] = 0,
    };

    /// <summary>Chance of agreeing that trust matters more than rules, by group: the split the forums report.</summary>
    private static readonly Dictionary<string, double> TrustAgreement = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GOV"] = 0.3, ["IGO"] = 0.35, ["PS"] = 0.6, ["CS"] = 0.5, ["TC"] = 0.75, ["ACA"] = 0.55,
    };

    public AnswerRequest Answer(QuestionView question, string group, Random random)
    {
        var options = question.Options?.Count ?? 0;
        return question.Kind.ToUpperInvariant() switch
        {
            "LIKERT" => new AnswerRequest(Guid.NewGuid(), Choice: Likert(question, group, Math.Max(options, 5), random)),
            "POSITION" => new AnswerRequest(Guid.NewGuid(), Position: Position(group, random)),
            "SINGLECHOICE" => new AnswerRequest(Guid.NewGuid(), Choice: SingleChoice(question, group, options, random)),
            "MULTIPLECHOICE" => new AnswerRequest(Guid.NewGuid(), Choices: MultipleChoice(question, group, options, random)),
            "RANKING" => new AnswerRequest(Guid.NewGuid(), Ranking: Ranking(question, group, options, random)),
            _ => throw new NotSupportedException($"The crowd does not know how to answer a '{question.Kind}' question."),
        };
    }

    private static int Likert(QuestionView question, string group, int points, Random random)
    {
        var aboutTrust = question.Prompt?.Contains("trust", StringComparison.OrdinalIgnoreCase) == true;
        var agree = aboutTrust ? TrustAgreement.GetValueOrDefault(group, 0.5) : 0.85;
        var neutral = aboutTrust ? 0.1 : 0.08;
        var draw = random.NextDouble();
        // Agreeing answers land in the top two points, disagreeing ones in the bottom two.
        return draw < agree * (1 - neutral) ? points - 1 - random.Next(2)
            : draw < 1 - neutral ? random.Next(2)
            : points / 2;
    }

    private static double Position(string group, Random random)
    {
        var lean = PositionLean.TryGetValue(group, out var mean) ? mean
            : string.Equals(group, "CS", StringComparison.OrdinalIgnoreCase) ? (random.NextDouble() < 0.5 ? 0.4 : -0.4)
            : 0;
        var position = lean + (Gaussian(random) * 0.25);
        return Math.Round(Math.Clamp(position, -1, 1), 2);
    }

    private int SingleChoice(QuestionView question, string group, int options, Random random) =>
        random.NextDouble() < 0.5 ? Favourite(question, group, options) : random.Next(options);

    private int[] MultipleChoice(QuestionView question, string group, int options, Random random)
    {
        var favourite = Favourite(question, group, options);
        var ticked = Enumerable.Range(0, options).Where(o => random.NextDouble() < (o == favourite ? 0.75 : 0.3)).ToArray();
        return ticked.Length > 0 ? ticked : [favourite];
    }

    /// <summary>Items ordered by the group's taste (fixed per group and question) plus personal noise.</summary>
    private int[] Ranking(QuestionView question, string group, int items, Random random)
    {
        var taste = new Random(StableHash.Of(seed.ToString(System.Globalization.CultureInfo.InvariantCulture), group, question.Id));
        var preference = Enumerable.Range(0, items).Select(_ => taste.NextDouble() * 2).ToArray();
        return [.. Enumerable.Range(0, items).OrderByDescending(i => preference[i] + Gaussian(random))];
    }

    private int Favourite(QuestionView question, string group, int options) =>
        StableHash.Of(seed.ToString(System.Globalization.CultureInfo.InvariantCulture), group, question.Id) % options;

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
