// The trend chart of a question linked across sessions: sessions on the x axis in date order, the share agreeing
// (Likert) or the mean position with its interval bar, one line per group and a thicker one overall. Inline SVG
// drawn like the timeline chart; for Arabic the geometry is mirrored rather than the text direction flipped.
import { chartFrame } from './chart-frame.js';
import { s } from './dom.js';
import { isFigure } from './format.js';

/**
 * lines: [{ key, overall, color, points: [{ estimate, lower, upper } | null per session] }];
 * sessions: [{ label }] in date order. The x position of each line is nudged so that interval bars do not overlap.
 */
export function trendChart(sessions, lines, { min, max, reference = null, format, rtl = false }, label) {
  const width = 320;
  const height = 150;
  const left = 38;
  const frame = chartFrame({ width, height, left, right: 14, top: 8, bottom: 24 }, { min, max, reference, format, rtl });
  const step = sessions.length > 1 ? frame.plotWidth / (sessions.length - 1) : 0;
  const xOf = (i, nudge = 0) => frame.x((sessions.length > 1 ? left + i * step : left + frame.plotWidth / 2) + nudge);
  const yOf = frame.y;
  const children = [
    ...frame.children,
    ...sessions.map((session, i) => s('text', { x: xOf(i), y: height - 6, class: 'timeline-text', 'text-anchor': 'middle' }, session.label)),
  ];
  lines.forEach((line, k) => {
    const nudge = (k - (lines.length - 1) / 2) * 3;
    const drawn = line.points.map((p, i) => (p && isFigure(p.estimate) ? { ...p, x: xOf(i, nudge) } : null));
    const group = [];
    // The line joins consecutive sessions that both have a figure; a gap stays a gap.
    for (let i = 1; i < drawn.length; i += 1) {
      if (drawn[i - 1] && drawn[i]) {
        group.push(s('line', { x1: drawn[i - 1].x, y1: yOf(drawn[i - 1].estimate), x2: drawn[i].x, y2: yOf(drawn[i].estimate), class: 'trend-line' }));
      }
    }
    for (const point of drawn.filter(Boolean)) {
      if (isFigure(point.lower) && isFigure(point.upper)) {
        group.push(s('line', { x1: point.x, y1: yOf(point.lower), x2: point.x, y2: yOf(point.upper), class: 'trend-interval' }));
      }
      group.push(s('circle', { cx: point.x, cy: yOf(point.estimate), r: line.overall ? 4 : 3, class: 'trend-dot' }));
    }
    children.push(s('g', { class: line.overall ? 'trend overall' : 'trend', stroke: line.color, fill: line.color, 'data-line': line.key }, ...group));
  });
  return s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart trend-chart', role: 'img', 'aria-label': label, focusable: 'false' },
    s('title', {}, label), ...children);
}
