using System.Globalization;

namespace ConsensusLab.Reporting.Tests.Formats;

public sealed class ReportCsvTests
{
    private static async Task<string> Written(double? value)
    {
        using var stream = new MemoryStream();
        await using (var csv = ReportCsv.Create(stream))
        {
            ReportCsv.WriteNumber(csv, value);
            // A second field, so that an empty first one is not quoted to keep the record from being a blank line.
            csv.WriteField("end");
            await csv.EndRecordAsync(CancellationToken.None);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray())[..^",end\r\n".Length];
    }

    // Issue 13: a Wilson bound was written 5.55E-17, which spreadsheets and readr read as text.
    [Theory]
    [InlineData(5.551115123125783E-17, "0.00000000000000005551115123125783")]
    [InlineData(-1.5E-7, "-0.00000015")]
    [InlineData(1E+16, "10000000000000000")]
    [InlineData(0.1, "0.1")]
    [InlineData(1 / 3.0, "0.3333333333333333")]
    [InlineData(-0.4, "-0.4")]
    [InlineData(-0.0, "0")]
    public async Task A_figure_is_a_fixed_point_decimal_that_reads_back_as_the_same_double(double value, string expected)
    {
        var text = await Written(value);

        Assert.Equal(expected, text);
        Assert.Equal(value + 0.0, double.Parse(text, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(null)]
    public async Task An_undefined_figure_is_an_empty_field(double? value) => Assert.Equal("", await Written(value));

    [Fact]
    public async Task Booleans_are_lower_case()
    {
        using var stream = new MemoryStream();
        await using (var csv = ReportCsv.Create(stream))
        {
            ReportCsv.WriteBoolean(csv, true);
            ReportCsv.WriteBoolean(csv, false);
            ReportCsv.WriteBoolean(csv, null);
            await csv.EndRecordAsync(CancellationToken.None);
        }

        Assert.Equal("true,false,\r\n", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
