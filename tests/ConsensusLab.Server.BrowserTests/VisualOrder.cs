using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// Where characters land on screen, to check bidirectional text by its outcome: the browser's layout, not the markup.
/// </summary>
internal static class VisualOrder
{
    /// <summary>Left edge of the first character of the last occurrence of each needle in the element's text.</summary>
    private const string LeftEdges = """
        (element, needles) => needles.map((needle) => {
          const index = element.textContent.lastIndexOf(needle);
          if (index < 0) throw new Error(`"${needle}" is not in "${element.textContent}"`);
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          let offset = index;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (offset < node.length) {
              const range = document.createRange();
              range.setStart(node, offset);
              range.setEnd(node, offset + 1);
              return range.getBoundingClientRect().left;
            }
            offset -= node.length;
          }
          throw new Error('unreachable');
        })
        """;

    /// <summary>
    /// Whether <paramref name="first"/> is drawn left of <paramref name="second"/> (both on the same line). Live updates
    /// redraw the figures, so a measurement taken while one is being replaced is taken again, for up to two seconds.
    /// </summary>
    public static async Task<bool> IsLeftOfAsync(ILocator element, string first, string second)
    {
        for (var attempt = 1; ; attempt++)
        {
            var edges = await element.EvaluateAsync<double[]>(LeftEdges, new[] { first, second });
            if (edges[0] < edges[1] || attempt == 20)
                return edges[0] < edges[1];
            await Task.Delay(100);
        }
    }
}
