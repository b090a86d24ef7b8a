using System.Collections.Immutable;
using ConsensusLab.Domain.Countries;

namespace ConsensusLab.Reporting;

/// <summary>The participation figures a workshop report ends with, each with its basis.</summary>
/// <param name="SessionCode">The session.</param>
/// <param name="HeldOn">The day the session was held: LDC status is evaluated on it.</param>
/// <param name="LdcList">The LDC list used: its date, the graduation table and the graduations in effect on the day.</param>
/// <param name="Total">Every participant who joined and has not withdrawn: the basis of every other figure.</param>
/// <param name="Withdrawn">Participants who withdrew: counted nowhere else, as their answers count nowhere.</param>
/// <param name="Gender">Declared gender.</param>
/// <param name="Age">Young participants.</param>
/// <param name="Development">Development status of the participants' countries.</param>
/// <param name="Attendance">Onsite and online.</param>
/// <param name="StakeholderGroups">Every group of the session's catalogue, empty ones included, in catalogue order.</param>
/// <param name="RegionalGroups">The five UN regional groups, then "Intergovernmental Organizations" and "No UN regional group".</param>
/// <param name="IgfReportLine">The IGF 2013 report line: "female male young developing developed LDC total".</param>
public sealed record ParticipationFigures(
    string SessionCode,
    DateOnly HeldOn,
    LdcListOn LdcList,
    int Total,
    int Withdrawn,
    GenderFigures Gender,
    AgeFigures Age,
    DevelopmentFigures Development,
    AttendanceFigures Attendance,
    ImmutableArray<CategoryCount> StakeholderGroups,
    ImmutableArray<CategoryCount> RegionalGroups,
    string IgfReportLine)
{
    /// <summary>Counts the archive's participants.</summary>
    public static ParticipationFigures Of(SessionArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        return ParticipationCalculator.Compute(archive);
    }
}
