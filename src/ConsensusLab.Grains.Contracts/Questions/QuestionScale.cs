using ConsensusLab.Domain.Questions;
using ConsensusLab.Statistics;

namespace ConsensusLab.Grains.Questions;

/// <summary>Maps questions onto the statistics' scales and answers onto tally cells.</summary>
public static class QuestionScale
{
    public static Scale Of(QuestionDefinition question) => question.Kind switch
    {
        QuestionKind.Likert => new Scale(ScaleKind.Ordinal, question.Options.Length),
        QuestionKind.SingleChoice => new Scale(ScaleKind.Nominal, question.Options.Length),
        QuestionKind.MultipleChoice => new Scale(ScaleKind.MultipleChoice, question.Options.Length),
        QuestionKind.Ranking => new Scale(ScaleKind.Ranking, question.Options.Length),
        QuestionKind.Position => new Scale(ScaleKind.Position, 0, question.Axis?.StatusQuo),
        // Every current vote on any statement, as disagree / pass / agree: the room's activity; per-statement figures are the statement tally's.
        QuestionKind.Statements => new Scale(ScaleKind.Nominal, 3),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question.Kind, "Unknown question kind."),
    };

    /// <summary>The tally cells a valid answer counts in (see <see cref="Scale"/> for the layout).</summary>
    public static int[] Cells(QuestionDefinition question, AnswerValue answer) => question.Kind switch
    {
        QuestionKind.Likert or QuestionKind.SingleChoice => [answer.Choice!.Value],
        QuestionKind.MultipleChoice => [.. answer.Choices!],
        QuestionKind.Position => [Scale.PositionCell(answer.Position!.Value)],
        QuestionKind.Ranking => RankingCells(answer.Ranking!),
        QuestionKind.Statements => [answer.Vote!.Value + 1],
        _ => throw new ArgumentOutOfRangeException(nameof(question), question.Kind, "Unknown question kind."),
    };

    private static int[] RankingCells(IReadOnlyList<int> ranking)
    {
        var items = ranking.Count;
        var cells = new int[items];
        for (var position = 0; position < items; position++)
            cells[position] = (ranking[position] * items) + position;
        return cells;
    }
}
