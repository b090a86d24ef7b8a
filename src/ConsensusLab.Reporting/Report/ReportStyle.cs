using System.Security.Cryptography;
using System.Text;

namespace ConsensusLab.Reporting;

/// <summary>
/// The report's one stylesheet, inline so the file is self-contained. Print rules: A4 with 18 mm margins, the title
/// page and the methods appendix on pages of their own, a question never cut in two. Logical properties
/// (margin-inline-start, text-align: start) so that the same rules lay Arabic out right to left.
/// </summary>
internal static class ReportStyle
{
    public const string Css = """
        @page { size: A4; margin: 18mm 16mm 20mm; }
        html { font-family: "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; line-height: 1.35; }
        body { margin: 0 auto; max-width: 178mm; padding: 0; }
        h1 { font-size: 22pt; margin: 0 0 6mm; line-height: 1.2; }
        h2 { font-size: 14pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; padding-bottom: 1mm; }
        h3 { font-size: 11.5pt; margin: 0 0 2mm; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        p { margin: 0 0 2mm; }
        .title-page { break-after: page; padding-top: 50mm; }
        .title-page .eyebrow { text-transform: uppercase; letter-spacing: 0.08em; color: #555; font-size: 10pt; }
        .title-page dl { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 6mm; margin-top: 10mm; }
        .title-page dt { color: #555; }
        .title-page dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; }
        th, td { text-align: start; padding: 0.6mm 2mm; border-bottom: 1px solid #ddd; vertical-align: middle; }
        th { font-weight: 600; color: #333; }
        td.num, th.num { text-align: end; white-space: nowrap; }
        .igf th, .igf td { text-align: center; }
        .igf td { font-size: 13pt; font-weight: 600; }
        .igf tr.basis td { font-size: 8.5pt; font-weight: normal; color: #555; }
        .question { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid #bbb; padding-top: 2mm; margin-top: 4mm; }
        .kind { color: #555; font-size: 9.5pt; }
        .headline { font-size: 15pt; font-weight: 700; }
        .muted { color: #555; font-size: 9.5pt; }
        .reading { background: #f2f5f9; border-inline-start: 3px solid #2166ac; padding: 2mm 3mm; margin: 2mm 0; }
        .legend { list-style: none; padding: 0; margin: 1mm 0 2mm; display: flex; flex-wrap: wrap; gap: 1mm 5mm; font-size: 9.5pt; }
        .swatch { vertical-align: baseline; margin-inline-end: 1mm; }
        .chart { display: block; }
        .suppressed { color: #777; font-style: italic; }
        .methods { break-before: page; font-size: 9.5pt; }
        .methods dt { font-weight: 600; margin-top: 2mm; }
        .methods dd { margin: 0 0 1mm; margin-inline-start: 0; }
        .n { white-space: nowrap; }
        @media screen { body { padding: 10mm 0; } }
        """;

    /// <summary>The CSP source that allows exactly this stylesheet and nothing else inline.</summary>
    public static string Hash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";
}
