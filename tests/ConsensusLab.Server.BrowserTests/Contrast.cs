namespace ConsensusLab.Server.BrowserTests;

/// <summary>
/// WCAG 2.1 contrast, computed in the page from getComputedStyle: every visible text's colour against the
/// background it actually sits on (the nearest painted ancestor, blended through translucent ones). Text of
/// disabled controls is exempt (WCAG 1.4.3), and SVG text is left to the chart tests.
/// </summary>
internal static class Contrast
{
    public const string Script = """
        () => {
          const parse = (value) => {
            const m = /rgba?\(([^)]+)\)/.exec(value || '');
            if (!m) return null;
            const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
            return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
          };
          const blend = (top, bottom) => ({
            r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
            b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
          });
          const luminance = (c) => {
            const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
          };
          const background = (element) => {
            const layers = [];
            for (let e = element; e; e = e.parentElement) {
              const bg = parse(getComputedStyle(e).backgroundColor);
              if (bg && bg.a > 0) { layers.push(bg); if (bg.a >= 1) break; }
            }
            let color = { r: 255, g: 255, b: 255, a: 1 };
            for (const layer of layers.reverse()) color = blend(layer, color);
            return color;
          };
          const failures = [];
          let checked = 0;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const seen = new Set();
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const element = node.parentElement;
            if (!node.textContent.trim() || !element || seen.has(element)) continue;
            seen.add(element);
            if (element.closest('svg, [hidden], .visually-hidden, option, :disabled, label:has(:disabled), .choice:has(:disabled), .skip-link')) continue;
            const rect = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            if (rect.width === 0 || rect.height === 0 || style.visibility !== 'visible') continue;
            const fg = parse(style.color);
            const bg = background(element);
            const ratio = (Math.max(luminance(fg), luminance(bg)) + 0.05) / (Math.min(luminance(fg), luminance(bg)) + 0.05);
            const size = parseFloat(style.fontSize);
            const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
            checked += 1;
            if (ratio < (large ? 3 : 4.5)) {
              failures.push(`${ratio.toFixed(2)}:1 "${node.textContent.trim().slice(0, 40)}" (${element.tagName.toLowerCase()}.${element.className}) ${style.color} on rgb(${bg.r|0},${bg.g|0},${bg.b|0})`);
            }
          }
          return { checked, failures };
        }
        """;
}
