using System.Collections.Immutable;
using ConsensusLab.Domain.Questions;
using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Domain.Tests.Sessions;

public sealed class SessionDefinitionValidationTests
{
    private static QuestionDefinition Likert(string id) => new(id, QuestionKind.Likert, "Agree?", LikertLabels.FivePoint);

    private static StakeholderGroup Group(string code, string name = "A group") => new(code, name, "", code);

    private static readonly SessionDefinition Valid = new(
        "From deadlock to dialogue", "Enhanced cooperation", [], IncludeAcademia: false, [Likert("priorities"), Likert("principles")]);

    [Fact]
    public void Complete_definition_has_no_problems() => Assert.Empty(SessionDefinitionValidation.Problems(Valid));

    [Fact]
    public void Definition_with_its_own_groups_has_no_problems() =>
        Assert.Empty(SessionDefinitionValidation.Problems(Valid with { Groups = [Group("GOV"), Group("NON-GOV_1")] }));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Session_without_a_title_is_refused(string title) =>
        Assert.Equal(["The session's title is required."], SessionDefinitionValidation.Problems(Valid with { Title = title }));

    [Theory]
    [InlineData(200, 0)]
    [InlineData(201, 1)]
    public void Title_may_be_up_to_200_characters(int length, int problems) =>
        Assert.Equal(problems, SessionDefinitionValidation.Problems(Valid with { Title = new string('t', length) }).Count);

    [Fact]
    public void Session_without_questions_is_refused()
    {
        Assert.Equal(["A session needs 1 to 60 questions, not 0."], SessionDefinitionValidation.Problems(Valid with { Questions = [] }));
        Assert.Equal(["A session needs 1 to 60 questions, not 0."], SessionDefinitionValidation.Problems(Valid with { Questions = default }));
    }

    [Theory]
    [InlineData(60, 0)]
    [InlineData(61, 1)]
    public void Session_may_ask_up_to_60_questions(int count, int problems) =>
        Assert.Equal(problems, SessionDefinitionValidation.Problems(
            Valid with { Questions = [.. Enumerable.Range(0, count).Select(i => Likert($"q{i}"))] }).Count);

    [Fact]
    public void Question_id_used_twice_is_refused() =>
        Assert.Equal(["Question id 'q1' is used twice."],
            SessionDefinitionValidation.Problems(Valid with { Questions = [Likert("q1"), Likert("q2"), Likert("q1")] }));

    [Fact]
    public void Problems_of_a_question_are_the_session_problems() =>
        Assert.Equal(["Likert question 'q2' needs 5 or 7 labelled points, not 3."], SessionDefinitionValidation.Problems(
            Valid with { Questions = [Likert("q1"), new("q2", QuestionKind.Likert, "Agree?", ["a", "b", "c"])] }));

    [Fact]
    public void Group_code_used_twice_is_refused() =>
        Assert.Equal(["Group code 'GOV' is used twice."],
            SessionDefinitionValidation.Problems(Valid with { Groups = [Group("GOV"), Group("CS"), Group("GOV", "Governments")] }));

    [Theory]
    [InlineData("", "Empty")]
    [InlineData("G OV", "Space")]
    [InlineData("GOV/1", "Slash")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU", "Too long")]
    [InlineData("GOV", "")]
    public void Group_with_a_bad_code_or_no_name_is_refused(string code, string name) =>
        Assert.Single(SessionDefinitionValidation.Problems(Valid with { Groups = [Group(code, name), Group("CS")] }));

    [Theory]
    [InlineData(18)]
    [InlineData(25)]
    [InlineData(30)]
    [InlineData(35)]
    [InlineData(40)]
    [InlineData(60)]
    public void Young_threshold_on_an_age_band_boundary_is_valid(int age) =>
        Assert.Empty(SessionDefinitionValidation.Problems(Valid with { YoungUnderAge = age }));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(24)]
    [InlineData(29)]
    [InlineData(31)]
    [InlineData(100)]
    public void Young_threshold_inside_an_age_band_is_refused(int age) =>
        Assert.Equal(["'youngUnderAge' must be one of the age-band boundaries 18, 25, 30, 35, 40, 50, 60."],
            SessionDefinitionValidation.Problems(Valid with { YoungUnderAge = age }));

    [Theory]
    [InlineData("overall")]
    [InlineData("Overall")]
    [InlineData("OVERALL")]
    public void Group_code_overall_is_reserved_for_the_overall_figures(string code) =>
        Assert.Equal(["Group code 'overall' is reserved for the overall figures."],
            SessionDefinitionValidation.Problems(Valid with { Groups = [Group("GOV"), Group(code)] }));

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(100)]
    public void Privacy_threshold_from_one_to_a_hundred_is_valid(int threshold) =>
        Assert.Empty(SessionDefinitionValidation.Problems(Valid with { PrivacyThreshold = threshold }));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void Privacy_threshold_outside_one_to_a_hundred_is_refused(int threshold) =>
        Assert.Equal(["'privacyThreshold' must be from 1 to 100."],
            SessionDefinitionValidation.Problems(Valid with { PrivacyThreshold = threshold }));

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var definition = new SessionDefinition("", null, [Group("X"), Group("X")], false,
            ImmutableArray.Create(Likert("q1"), Likert("q1")), YoungUnderAge: 29);

        Assert.Equal(4, SessionDefinitionValidation.Problems(definition).Count);
    }
}
