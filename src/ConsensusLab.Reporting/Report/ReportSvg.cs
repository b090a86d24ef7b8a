using System.Collections.Immutable;
using System.Globalization;
using ConsensusLab.Statistics;

namespace ConsensusLab.Reporting;

/// <summary>
/// The report's charts as inline SVG: no script and no external file, so the HTML stays one attachment and prints as
/// drawn. Axes run left to right in every language (0% or the axis' left end on the left), as on the room's screens.
/// </summary>
internal static class ReportSvg
{
    private const double Width = 240;
    private const double Height = 16;

    /// <summary>Colours of the answer categories, from disagreeing (red) to agreeing (blue), safe for colour blindness.</summary>
    private static readonly string[] Diverging = ["#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac", "#053061", "#67001f"];

    /// <summary>Colours of unordered categories (Okabe–Ito).</summary>
    private static readonly string[] Qualitative = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"];

    /// <summary>A share as a bar, with its Wilson interval as a lighter band and a tick at the estimate.</summary>
    public static string Share(Proportion? share, string label)
    {
        var parts = new List<string> { Track() };
        if (share?.Estimate is { } estimate)
        {
            parts.Add(Rect(0, 4, X(estimate), 8, "#2166ac"));
            if (share is { Lower: { } lower, Upper: { } upper })
                parts.Add(Rect(X(lower), 1, X(upper) - X(lower), 14, "#2166ac", "0.25", "band"));
            parts.Add(Rect(X(estimate) - 1, 0, 2, Height, "#053061"));
        }
        return Svg(label, parts);
    }

    /// <summary>A distribution as one stacked bar; ordered scales use the diverging colours.</summary>
    public static string Stacked(ImmutableArray<double> shares, bool ordered, string label)
    {
        var parts = new List<string> { Track() };
        var total = shares.IsDefaultOrEmpty ? 0 : shares.Sum();
        var x = 0.0;
        for (var i = 0; total > 0 && i < shares.Length; i++)
        {
            var width = shares[i] / total * Width;
            parts.Add(Rect(x, 0, width, Height, Colour(i, shares.Length, ordered)));
            x += width;
        }
        return Svg(label, parts);
    }

    /// <summary>A small square in a category's colour, for legends.</summary>
    public static string Swatch(int index, int count, bool ordered) =>
        $"<svg class=\"swatch\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"{Colour(index, count, ordered)}\"/></svg>";

    /// <summary>A position on the −1 … +1 axis: the mean as a dot, one standard deviation either side as a band.</summary>
    public static string Position(PositionSummary? position, double? statusQuo, string label)
    {
        double Axis(double v) => X((v + 1) / 2);
        var parts = new List<string> { Track(), Rect(Axis(0) - 0.5, 0, 1, Height, "#999999") };
        if (statusQuo is { } quo)
            parts.Add(Rect(Axis(quo) - 1, 0, 2, Height, "#e69f00"));
        if (position?.Mean is { } mean)
        {
            if (position.StandardDeviation is { } sd)
            {
                var (from, to) = (Axis(Math.Max(-1, mean - sd)), Axis(Math.Min(1, mean + sd)));
                parts.Add(Rect(from, 3, to - from, 10, "#2166ac", "0.25", "band"));
            }
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{Axis(mean):0.##}\" cy=\"8\" r=\"5\" fill=\"#053061\"/>"));
        }
        return Svg(label, parts);
    }

    /// <summary>
    /// A figure session by session (a share on 0 … 1, a mean position on −1 … +1): a dot per session joined by a line,
    /// its interval as a vertical bar, sessions evenly spaced left to right in date order.
    /// </summary>
    public static string Trend(GroupTrend trend, bool share, string label)
    {
        const double height = 60;
        double Y(double v) => height - 4 - ((share ? Math.Clamp(v, 0, 1) : (Math.Clamp(v, -1, 1) + 1) / 2) * (height - 8));
        var count = trend.Sessions.Length;
        double SessionX(int i) => count > 1 ? 8 + (i * (Width - 16) / (count - 1)) : Width / 2;
        var parts = new List<string> { Rect(0, height - 4, Width, 1, "#999999") };
        for (var i = 0; i < count; i++)
        {
            var figure = trend.Sessions[i];
            if (figure.Estimate is not { } estimate)
                continue;
            if (figure is { Lower: { } lower, Upper: { } upper })
                parts.Add(Rect(SessionX(i) - 1, Y(upper), 2, Y(lower) - Y(upper), "#2166ac", "0.4", "band"));
            if (i > 0 && trend.Sessions[i - 1].Estimate is { } before)
                parts.Add(string.Create(CultureInfo.InvariantCulture,
                    $"<line x1=\"{SessionX(i - 1):0.##}\" y1=\"{Y(before):0.##}\" x2=\"{SessionX(i):0.##}\" y2=\"{Y(estimate):0.##}\" stroke=\"#053061\" stroke-width=\"2\"/>"));
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{SessionX(i):0.##}\" cy=\"{Y(estimate):0.##}\" r=\"4\" fill=\"#053061\"/>"));
        }
        return Svg(label, parts, height);
    }

    private static string Colour(int index, int count, bool ordered)
    {
        if (!ordered)
            return Qualitative[index % Qualitative.Length];
        // Five points use the middle five colours' order; seven points add the darkest two at the ends.
        string[] five = [Diverging[0], Diverging[1], Diverging[2], Diverging[3], Diverging[4]];
        string[] seven = [Diverging[6], Diverging[0], Diverging[1], Diverging[2], Diverging[3], Diverging[4], Diverging[5]];
        var palette = count <= 5 ? five : seven;
        return palette[Math.Min(index, palette.Length - 1)];
    }

    private static double X(double share) => Math.Clamp(share, 0, 1) * Width;

    private static string Track() => Rect(0, 4, Width, 8, "#eeeeee");

    private static string Rect(double x, double y, double width, double height, string fill, string opacity = "1", string? css = null) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<rect{(css is null ? "" : $" class=\"{css}\"")} x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{Math.Max(0, width):0.##}\" height=\"{height:0.##}\" fill=\"{fill}\" fill-opacity=\"{opacity}\"/>");

    private static string Svg(string label, List<string> parts, double height = Height) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{ReportFormat.Encode(label)}\" direction=\"ltr\">{string.Concat(parts)}</svg>");
}
