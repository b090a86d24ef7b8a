using ConsensusLab.Domain.Sessions;

namespace ConsensusLab.Domain.Tests.Sessions;

public sealed class SessionCodeTests
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    [Fact]
    public void New_codes_are_six_characters_that_cannot_be_misread()
    {
        var codes = Enumerable.Range(0, 2_000).Select(_ => SessionCode.New()).ToList();

        Assert.All(codes, code => Assert.Equal(SessionCode.Length, code.Length));
        Assert.All(codes, code => Assert.All(code, c => Assert.Contains(c, Alphabet)));
        Assert.DoesNotContain(codes, code => code.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
        Assert.True(codes.Distinct(StringComparer.Ordinal).Count() > 1_990, "codes are random");
    }

    [Fact]
    public void New_codes_use_the_whole_alphabet() =>
        Assert.Equal(Alphabet.Length, Enumerable.Range(0, 2_000).SelectMany(_ => SessionCode.New()).Distinct().Count());

    [Fact]
    public void New_code_is_its_own_normal_form()
    {
        var code = SessionCode.New();

        Assert.Equal(code, SessionCode.Normalize(code));
    }

    [Theory]
    [InlineData("ABC234", "ABC234")]
    [InlineData("abc234", "ABC234")]
    [InlineData("  xyz789 ", "XYZ789")]
    [InlineData("\tHjKmNp\n", "HJKMNP")]
    public void Typed_code_is_upper_cased_and_trimmed(string typed, string code) =>
        Assert.Equal(code, SessionCode.Normalize(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("      ")]
    [InlineData("ABC23")]
    [InlineData("ABC2345")]
    [InlineData("ABC 234")]
    [InlineData("ABC0EF")]
    [InlineData("ABCOEF")]
    [InlineData("ABC1EF")]
    [InlineData("ABCIEF")]
    [InlineData("ABCLEF")]
    [InlineData("abclef")]
    [InlineData("ABC-23")]
    [InlineData("ÄBC234")]
    public void Text_that_cannot_be_a_code_normalises_to_nothing(string? typed) =>
        Assert.Null(SessionCode.Normalize(typed));
}
