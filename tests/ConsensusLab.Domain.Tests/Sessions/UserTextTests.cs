using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Domain.Tests.Sessions;

public sealed class UserTextTests
{
    [Theory]
    [InlineData("Enhanced cooperation")]
    [InlineData("تعاون معزز")]
    [InlineData("增强合作")]
    [InlineData("Left\u200Fmark is a plain character")]
    public void Plain_text_in_any_script_is_accepted(string text) => Assert.Null(UserText.Problem(text, "The title", 200));

    [Theory]
    [InlineData("Evolve \u202Eetaerc", "U+202E")]
    [InlineData("\u202Aembedded", "U+202A")]
    [InlineData("isolate\u2066x\u2069", "U+2066")]
    [InlineData("bell\u0007", "control character (U+0007)")]
    [InlineData("nul\u0000", "control character (U+0000)")]
    [InlineData("two\nlines", "control character (U+000A)")]
    public void Text_that_would_change_the_page_around_it_is_refused(string text, string words) =>
        Assert.Contains(words, UserText.Problem(text, "The title", 200), StringComparison.Ordinal);

    [Fact]
    public void Line_breaks_are_accepted_where_text_may_span_lines() =>
        Assert.Null(UserText.Problem("First line\r\nsecond line\tand a tab", "The description", 2000, required: false, multiline: true));

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Text_is_bounded(int length, bool accepted) =>
        Assert.Equal(accepted, UserText.Problem(new string('x', length), "The title", 200) is null);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_text_is_refused_only_where_it_is_required(string? text)
    {
        Assert.Equal("The title is required.", UserText.Problem(text, "The title", 200));
        Assert.Null(UserText.Problem(text, "The description", 2000, required: false));
    }
}
