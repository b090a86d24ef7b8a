using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Domain.Tests.Questions;

public sealed class AnswerValidationTests
{
    private static readonly QuestionDefinition Likert = new("likert", QuestionKind.Likert, "Agree?", LikertLabels.FivePoint);
    private static readonly QuestionDefinition Single = new("single", QuestionKind.SingleChoice, "Which?", ["A", "B", "C"]);
    private static readonly QuestionDefinition Multiple = new("multi", QuestionKind.MultipleChoice, "Which ones?", ["A", "B", "C", "D"]);
    private static readonly QuestionDefinition Ranking = new("rank", QuestionKind.Ranking, "Order them", ["X", "Y", "Z"]);
    private static readonly QuestionDefinition Position = new QuestionDefinition("pos", QuestionKind.Position, "Where?", []).WithDefaults();

    private static readonly Dictionary<string, QuestionDefinition> Questions = new(StringComparer.Ordinal)
    {
        ["likert"] = Likert,
        ["single"] = Single,
        ["multi"] = Multiple,
        ["rank"] = Ranking,
        ["pos"] = Position,
    };

    public static TheoryData<string, AnswerValue> ValidAnswers => new()
    {
        { "likert", new(Choice: 0) },
        { "likert", new(Choice: 4) },
        { "single", new(Choice: 0) },
        { "single", new(Choice: 2) },
        { "multi", new(Choices: []) },
        { "multi", new(Choices: [3]) },
        { "multi", new(Choices: [3, 0, 1, 2]) },
        { "rank", new(Ranking: [0, 1, 2]) },
        { "rank", new(Ranking: [2, 0, 1]) },
        { "pos", new(Position: -1) },
        { "pos", new(Position: 0) },
        { "pos", new(Position: 0.37) },
        { "pos", new(Position: 1) },
    };

    public static TheoryData<string, string, AnswerValue> InvalidAnswers => new()
    {
        { "wrong field: Likert given a position", "likert", new(Position: 0.5) },
        { "wrong field: Likert given choices", "likert", new(Choices: [1]) },
        { "wrong field: single choice given a ranking", "single", new(Ranking: [0, 1, 2]) },
        { "wrong field: multiple choice given one choice", "multi", new(Choice: 1) },
        { "wrong field: ranking given choices", "rank", new(Choices: [0, 1, 2]) },
        { "wrong field: position given a choice", "pos", new(Choice: 0) },
        { "two fields", "likert", new(Choice: 1, Position: 0.5) },
        { "two fields", "multi", new(Choices: [1], Ranking: [1]) },
        { "no field", "likert", new() },
        { "no field", "pos", new() },
        { "choice below range", "likert", new(Choice: -1) },
        { "choice above range", "likert", new(Choice: 5) },
        { "choice above range", "single", new(Choice: 3) },
        { "multiple choice out of range", "multi", new(Choices: [0, 4]) },
        { "multiple choice negative", "multi", new(Choices: [-1]) },
        { "multiple choice duplicate", "multi", new(Choices: [2, 2]) },
        { "incomplete ranking", "rank", new(Ranking: [0, 1]) },
        { "empty ranking", "rank", new(Ranking: []) },
        { "ranking too long", "rank", new(Ranking: [0, 1, 2, 0]) },
        { "duplicate ranking", "rank", new(Ranking: [0, 0, 1]) },
        { "ranking out of range", "rank", new(Ranking: [0, 1, 3]) },
        { "position below -1", "pos", new(Position: -1.0001) },
        { "position above 1", "pos", new(Position: 1.5) },
        { "position NaN", "pos", new(Position: double.NaN) },
        { "position +Infinity", "pos", new(Position: double.PositiveInfinity) },
        { "position -Infinity", "pos", new(Position: double.NegativeInfinity) },
    };

    [Theory]
    [MemberData(nameof(ValidAnswers))]
    public void Answer_that_fits_its_question_has_no_problem(string question, AnswerValue answer) =>
        Assert.Null(AnswerValidation.Problem(Questions[question], answer));

    [Theory]
    [MemberData(nameof(InvalidAnswers))]
    public void Answer_that_does_not_fit_its_question_is_refused_with_a_reason(string because, string question, AnswerValue answer)
    {
        var problem = AnswerValidation.Problem(Questions[question], answer);

        Assert.False(string.IsNullOrWhiteSpace(problem), because);
    }

    [Theory]
    [InlineData("likert", "A Likert question takes 'choice'.")]
    [InlineData("single", "A single-choice question takes 'choice'.")]
    [InlineData("multi", "A multiple-choice question takes 'choices'.")]
    [InlineData("rank", "A ranking question takes 'ranking'.")]
    public void Answer_in_the_wrong_field_names_the_field_the_question_takes(string question, string problem) =>
        Assert.Equal(problem, AnswerValidation.Problem(Questions[question], new AnswerValue(Position: 0)));

    [Fact]
    public void Out_of_range_choice_names_the_valid_range() =>
        Assert.Equal("'choice' must be between 0 and 4.", AnswerValidation.Problem(Likert, new AnswerValue(Choice: 7)));
}
