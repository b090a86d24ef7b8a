using System.Collections.Immutable;
using ConsensusLab.Domain.Countries;
using ConsensusLab.Domain.Participants;

namespace ConsensusLab.Reporting;

/// <summary>Counts a session's participants into the figures of <see cref="ParticipationFigures"/>.</summary>
internal static class ParticipationCalculator
{
    public static ParticipationFigures Compute(SessionArchive archive)
    {
        var session = archive.Session;
        var definition = session.Definition;
        // Like the meters, the figures count only participants who have not withdrawn; how many did is said apart.
        var profiles = archive.Participants.Where(p => p.WithdrawnAt is null).Select(p => p.Profile).ToList();
        var total = profiles.Count;
        var withdrawn = archive.Participants.Count - total;

        var genderDeclared = profiles.Count(p => p.Gender is not null);
        ParticipationCount Gendered(Gender gender) => new(profiles.Count(p => p.Gender == gender), genderDeclared);
        var gender = new GenderFigures(Gendered(Gender.Female), Gendered(Gender.Male), Gendered(Gender.Other),
            Gendered(Gender.PreferNotToSay), new ParticipationCount(total - genderDeclared, total));

        // A band the table does not know cannot be placed against the threshold, so it counts as not declared.
        var bands = profiles.Select(p => p.AgeBand).Where(b => b is not null && AgeBands.IsKnown(b)).Select(b => b!).ToList();
        var age = new AgeFigures(definition.YoungUnderAge,
            new ParticipationCount(bands.Count(b => AgeBands.IsYounger(b, definition.YoungUnderAge)), bands.Count),
            new ParticipationCount(total - bands.Count, total));

        var statuses = profiles.Select(p => CountryCatalogue.Bundled.DevelopmentOf(p.Country, session.HeldOn, archive.LdcGraduations)).ToList();
        ParticipationCount Status(DevelopmentStatus status) => new(statuses.Count(s => s == status), total);
        var development = new DevelopmentFigures(Status(DevelopmentStatus.DevelopingExcludingLdc),
            Status(DevelopmentStatus.Developed), Status(DevelopmentStatus.LeastDeveloped), Status(DevelopmentStatus.Unclassified));

        ParticipationCount Attending(Attendance attendance) => new(profiles.Count(p => p.Attendance == attendance), total);
        var attendance = new AttendanceFigures(Attending(Attendance.Onsite), Attending(Attendance.Online));

        var groupCounts = profiles.CountBy(p => p.Group, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var catalogue = definition.Groups.Select(g => new CategoryCount(g.Code, g.Name, groupCounts.GetValueOrDefault(g.Code), total));
        // A participant of a group the catalogue no longer lists still counts, so the breakdown adds up to the total.
        var strays = groupCounts.Keys.Where(code => !definition.Groups.Any(g => g.Code == code)).Order(StringComparer.Ordinal)
            .Select(code => new CategoryCount(code, code, groupCounts[code], total));

        var regionCounts = profiles.CountBy(p => RegionalGrouping.Of(p, definition.Groups), StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
        var regions = RegionalGrouping.Buckets.Select(r => new CategoryCount(r, r, regionCounts.GetValueOrDefault(r), total));

        var line = string.Join(' ', gender.Female.Count, gender.Male.Count, age.Young.Count,
            development.DevelopingExcludingLdc.Count, development.Developed.Count, development.LeastDeveloped.Count, total);

        return new ParticipationFigures(session.Code, session.HeldOn, archive.LdcGraduations.ListOn(session.HeldOn), total, withdrawn, gender, age, development, attendance,
            [.. catalogue, .. strays], [.. regions], line);
    }
}
