using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Participants;
using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Domain.Tests.Participants;

public sealed class ParticipantProfileValidationTests
{
    private static readonly IReadOnlyList<StakeholderGroup> Groups = StakeholderGroupCatalogue.Default(includeAcademia: false);

    private static readonly ParticipantProfile Valid = new("GOV", "BR", Attendance.Onsite, Gender.Female, "25-29");

    [Fact]
    public void Complete_profile_can_join() => Assert.Null(ParticipantProfileValidation.Problem(Valid, Groups));

    [Fact]
    public void Profile_without_the_optional_answers_can_join() =>
        Assert.Null(ParticipantProfileValidation.Problem(new ParticipantProfile("OTHER", "TW", Attendance.Online), Groups));

    [Fact]
    public void Country_not_listed_can_join() =>
        Assert.Null(ParticipantProfileValidation.Problem(Valid with { Country = CountryCatalogue.NotListed }, Groups));

    [Theory]
    [InlineData("ACA")]
    [InlineData("gov")]
    [InlineData("")]
    public void Group_outside_the_session_catalogue_is_refused(string group) =>
        Assert.StartsWith($"'{group}' is not a stakeholder group of this session",
            ParticipantProfileValidation.Problem(Valid with { Group = group }, Groups), StringComparison.Ordinal);

    [Fact]
    public void Academia_may_join_where_the_session_offers_it() =>
        Assert.Null(ParticipantProfileValidation.Problem(Valid with { Group = "ACA" }, StakeholderGroupCatalogue.Default(includeAcademia: true)));

    [Theory]
    [InlineData("XK")]
    [InlineData("QQ")]
    [InlineData("BRA")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_country_is_refused(string? country) =>
        Assert.Contains("is not an ISO 3166-1 alpha-2 country code", ParticipantProfileValidation.Problem(Valid with { Country = country! }, Groups),
            StringComparison.Ordinal);

    [Fact]
    public void Undefined_attendance_is_refused() =>
        Assert.Equal("'attendance' must be onsite or online.",
            ParticipantProfileValidation.Problem(Valid with { Attendance = (Attendance)7 }, Groups));

    [Fact]
    public void Undefined_gender_is_refused() =>
        Assert.Equal("'gender' must be female, male, other or preferNotToSay.",
            ParticipantProfileValidation.Problem(Valid with { Gender = (Gender)9 }, Groups));

    [Theory]
    [InlineData("30-39")]
    [InlineData("young")]
    public void Unknown_age_band_is_refused(string band) =>
        Assert.StartsWith($"'{band}' is not an age band", ParticipantProfileValidation.Problem(Valid with { AgeBand = band }, Groups),
            StringComparison.Ordinal);
}
