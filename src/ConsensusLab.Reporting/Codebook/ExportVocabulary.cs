using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// The columns several files share (question, kind, round, scheme, group), with the session's own categories: its
/// questions and its stakeholder groups. A file's schema is built from it, so the same column means the same everywhere.
/// </summary>
internal sealed record ExportVocabulary(ImmutableArray<ExportCategory> Questions, ImmutableArray<ExportCategory> Groups, int MaxCode)
{
    public static ExportVocabulary Of(SessionArchive archive)
    {
        var definition = archive.Session.Definition;
        // A group the catalogue no longer lists still appears in answers.csv, so it is an allowed value, named by its code.
        var strays = archive.Ledger.Select(r => r.Entry.GroupCode).Distinct(StringComparer.Ordinal)
            .Where(code => !definition.Groups.Any(g => g.Code == code)).Order(StringComparer.Ordinal);
        return new ExportVocabulary(
            [.. definition.Questions.Select(q => new ExportCategory(q.Id, q.Prompt))],
            [.. definition.Groups.Select(g => new ExportCategory(g.Code, g.Name)), .. strays.Select(code => new ExportCategory(code, code))],
            definition.Questions.Select(q => QuestionCodes.Of(q).Length).DefaultIfEmpty(1).Max());
    }

    public ExportField Question => Field.Coded("question", "The question's id (see questions.csv).", Questions, required: true);

    public static ExportField Kind => Field.Coded("kind", "The kind of question.", Field.Categories<QuestionKind>(), required: true);

    public static ExportField Round => Field.Integer("round", "The round, from 1: the question asked again after the room saw the results.", true, 1);

    public static ExportField Scheme => Field.Coded("scheme", "The weighting of the overall figures: equal footing gives every group present the same "
        + "total weight, headcount one vote per respondent, custom the session's group weights.", Field.Categories<WeightingScheme>(), required: true);

    /// <summary>A stakeholder group's code; <paramref name="overall"/> adds "overall", all groups together.</summary>
    public ExportField Group(bool overall) => Field.Coded("group",
        overall ? "The stakeholder group, or overall (every respondent, weighted by the scheme)." : "The participant's declared stakeholder group.",
        overall ? Groups.Insert(0, new ExportCategory(GroupMeter.OverallGroup, "All groups together")) : Groups, required: true);

    /// <summary>
    /// Whether an answer counts in the figures: current or superseded. A withdrawn participant's answers and the entries
    /// recording the withdrawal are not exported at all (<see cref="WithdrawnAnswers"/>), so no other status occurs.
    /// </summary>
    public static ExportField Status(string description) => Field.Coded("status", description,
        [.. new[] { AnswerStatus.Current, AnswerStatus.Superseded }.Select(s => new ExportCategory(ReportNames.Of(s), s.ToString().ToLowerInvariant()))],
        required: true);

    /// <summary>An answer code, 1..k, whose label for its question is in codes.csv.</summary>
    public ExportField Code(string name, string description, bool required = false) =>
        Field.Integer(name, description + " Labels per question in codes.csv.", required, 1) with { Maximum = Math.Max(1, MaxCode) };
}
