using ConsensusLab.Domain.Countries;
using ConsensusLab.Server.Api;
using ConsensusLab.Server.Samples;

namespace ConsensusLab.Server.Endpoints;

internal static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var countries = CountryCatalogue.Bundled.All
            .Select(c => new CountryView(c.Iso2, c.Name, CountryCatalogue.Bundled.RegionalGroupOf(c.Iso2)))
            .Append(new CountryView(CountryCatalogue.NotListed, "Other / not listed", CountryCatalogue.NoRegionalGroup))
            .ToList();
        app.MapGet("/api/countries", () => TypedResults.Ok(countries)).WithTags("Reference")
            .WithSummary("List the countries a participant may give, with their UN regional group");
        app.MapGet("/api/templates", (SampleTemplates templates) => TypedResults.Ok(templates.All.Select(t =>
            new TemplateView(t.Id, t.Definition.Title, t.Definition.Description ?? "", t.Definition.Questions.Length)))).WithTags("Reference")
            .WithSummary("List the session templates");
        return app;
    }
}
