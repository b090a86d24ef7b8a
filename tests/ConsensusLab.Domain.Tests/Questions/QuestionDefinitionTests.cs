using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;

namespace ConsensusLab.Domain.Tests.Questions;

public sealed class QuestionDefinitionTests
{
    private static ImmutableArray<string> Labels(int count) => [.. Enumerable.Range(1, count).Select(i => $"Option {i}")];

    private static QuestionDefinition Question(QuestionKind kind, int options, string id = "q1") =>
        new(id, kind, "What do you think?", Labels(options));

    private static QuestionDefinition PositionWithStatusQuo(double? statusQuo) =>
        new("q1", QuestionKind.Position, "Where?", [], new PositionAxis("Evolve", "Create", statusQuo, "Today"));

    [Theory]
    [InlineData(QuestionKind.Likert, 5)]
    [InlineData(QuestionKind.Likert, 7)]
    [InlineData(QuestionKind.SingleChoice, 2)]
    [InlineData(QuestionKind.SingleChoice, 20)]
    [InlineData(QuestionKind.MultipleChoice, 2)]
    [InlineData(QuestionKind.MultipleChoice, 20)]
    [InlineData(QuestionKind.Ranking, 2)]
    [InlineData(QuestionKind.Ranking, 10)]
    [InlineData(QuestionKind.Position, 0)]
    public void Question_with_a_supported_number_of_options_is_valid(QuestionKind kind, int options) =>
        Assert.Empty(Question(kind, options).Problems());

    [Theory]
    [InlineData(QuestionKind.Likert, 0)]
    [InlineData(QuestionKind.Likert, 4)]
    [InlineData(QuestionKind.Likert, 6)]
    [InlineData(QuestionKind.Likert, 8)]
    [InlineData(QuestionKind.SingleChoice, 1)]
    [InlineData(QuestionKind.SingleChoice, 21)]
    [InlineData(QuestionKind.MultipleChoice, 0)]
    [InlineData(QuestionKind.MultipleChoice, 21)]
    [InlineData(QuestionKind.Ranking, 1)]
    [InlineData(QuestionKind.Ranking, 11)]
    public void Question_with_an_unsupported_number_of_options_is_refused(QuestionKind kind, int options) =>
        Assert.Single(Question(kind, options).Problems());

    [Fact]
    public void Choice_question_without_options_is_refused() =>
        Assert.Single(new QuestionDefinition("q1", QuestionKind.SingleChoice, "Which?", default).Problems());

    [Theory]
    [InlineData("q1")]
    [InlineData("enhanced-cooperation_2")]
    [InlineData("A234567890123456789012345678901234567890")]
    public void Question_id_of_letters_digits_dashes_and_underscores_is_valid(string id) =>
        Assert.Empty(Question(QuestionKind.Likert, 5, id).Problems());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("two words")]
    [InlineData("a/b")]
    [InlineData("q.1")]
    [InlineData("frage-ü")]
    [InlineData("A2345678901234567890123456789012345678901")]
    public void Question_with_a_bad_id_is_refused(string id) =>
        Assert.Contains(Question(QuestionKind.Likert, 5, id).Problems(), p => p.Contains("must be 1 to 40 letters", StringComparison.Ordinal));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Question_without_a_prompt_is_refused(string prompt) =>
        Assert.Equal(["The prompt of question 'q1' is required."], new QuestionDefinition("q1", QuestionKind.Likert, prompt, LikertLabels.FivePoint).Problems());

    [Fact]
    public void Question_with_an_empty_option_label_is_refused() =>
        Assert.Equal(["Option 2 of question 'q1' is required."],
            new QuestionDefinition("q1", QuestionKind.SingleChoice, "Which?", ["Yes", " "]).Problems());

    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(1.0)]
    [InlineData(null)]
    public void Status_quo_on_the_axis_is_valid(double? statusQuo) =>
        Assert.Empty(PositionWithStatusQuo(statusQuo).Problems());

    [Theory]
    [InlineData(-1.01)]
    [InlineData(1.5)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Status_quo_outside_the_axis_is_refused(double statusQuo) =>
        Assert.Single(PositionWithStatusQuo(statusQuo).Problems());

    [Fact]
    public void Status_quo_that_is_not_a_number_is_refused() =>
        Assert.Single(PositionWithStatusQuo(double.NaN).Problems());

    [Fact]
    public void Likert_question_without_labels_gets_the_five_agreement_labels()
    {
        Assert.Equal(LikertLabels.FivePoint.ToArray(), new QuestionDefinition("q1", QuestionKind.Likert, "Agree?", default).WithDefaults().Options.ToArray());
        Assert.Equal(LikertLabels.FivePoint.ToArray(), new QuestionDefinition("q1", QuestionKind.Likert, "Agree?", []).WithDefaults().Options.ToArray());
    }

    [Fact]
    public void Likert_question_keeps_its_own_seven_labels()
    {
        var question = new QuestionDefinition("q1", QuestionKind.Likert, "Agree?", LikertLabels.SevenPoint).WithDefaults();

        Assert.Equal(7, question.Options.Length);
        Assert.Empty(question.Problems());
    }

    [Fact]
    public void Position_question_without_an_axis_gets_evolution_to_creation_and_no_options()
    {
        var question = new QuestionDefinition("q1", QuestionKind.Position, "Where?", ["stray"]).WithDefaults();

        Assert.Same(PositionAxis.EvolutionCreation, question.Axis);
        Assert.Empty(question.Options);
    }

    [Fact]
    public void Position_question_keeps_its_own_axis()
    {
        var axis = new PositionAxis("Status quo", "New body", -0.5, "Today");

        Assert.Same(axis, new QuestionDefinition("q1", QuestionKind.Position, "Where?", default, axis).WithDefaults().Axis);
    }

    [Fact]
    public void Choice_question_without_options_gets_an_empty_list_and_stays_invalid()
    {
        var question = new QuestionDefinition("q1", QuestionKind.Ranking, "Order", default).WithDefaults();

        Assert.False(question.Options.IsDefault);
        Assert.Empty(question.Options);
        Assert.Single(question.Problems());
    }
}
