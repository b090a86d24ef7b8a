// Small SVG chart components for the consensus meters. They take shares in 0..1 and positions in −1..+1,
// skip what is undefined (null) rather than drawing it as zero, and carry a text name for screen readers.
// Strip charts use a 0..100 wide viewBox stretched to the container (preserveAspectRatio="none") so the
// same drawing fits a tablet and a projector; lines use non-scaling strokes to keep their pixel width.
import { chartFrame } from './chart-frame.js';
import { s } from './dom.js';
import { clamp, isFigure } from './format.js';

/** Option colours: the Okabe–Ito set (distinguishable with colour-vision deficiency), darkened for white. */
const CATEGORICAL = ['#0072b2', '#d98e00', '#009e73', '#c1699a', '#3d9fd6', '#c85200', '#7d7000', '#5b6675'];

export function categoricalColor(index) {
  return CATEGORICAL[index % CATEGORICAL.length];
}

const DISAGREE_RGB = [168, 69, 42];
const NEUTRAL_RGB = [199, 204, 210];
const AGREE_RGB = [29, 122, 107];

/** Diverging colours for Likert points: disagree (rust) through neutral grey to agree (teal). */
export function likertColors(points) {
  const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));
  return Array.from({ length: points }, (_, i) => {
    const t = points === 1 ? 0.5 : i / (points - 1);
    const rgb = t < 0.5 ? mix(DISAGREE_RGB, NEUTRAL_RGB, t * 2) : mix(NEUTRAL_RGB, AGREE_RGB, (t - 0.5) * 2);
    return `rgb(${rgb.join(' ')})`;
  });
}

function strip(height, label, className, children) {
  return s('svg', {
    viewBox: `0 0 100 ${height}`, preserveAspectRatio: 'none', class: `chart ${className}`,
    role: 'img', 'aria-label': label, focusable: 'false',
  }, s('title', {}, label), ...children);
}

const line = (x1, y1, x2, y2, className) => s('line', { x1, y1, x2, y2, class: className, 'vector-effect': 'non-scaling-stroke' });
const toX = (position) => (clamp(position, -1, 1) + 1) * 50;

/** Semicircular gauge of a share with its confidence interval as a band on an outer ring. */
export function shareGauge(interval, label, caption, unit) {
  const cx = 100;
  const cy = 100;
  const point = (share, r) => {
    const angle = Math.PI * (1 - clamp(share, 0, 1));
    return { x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle) };
  };
  const arc = (from, to, r, className) => {
    const a = point(from, r);
    const b = point(to, r);
    return s('path', { d: `M ${a.x.toFixed(2)} ${a.y.toFixed(2)} A ${r} ${r} 0 0 1 ${b.x.toFixed(2)} ${b.y.toFixed(2)}`, class: className });
  };
  const parts = [arc(0, 1, 72, 'gauge-track')];
  if (interval && isFigure(interval.lower) && isFigure(interval.upper)) {
    parts.push(arc(interval.lower, interval.upper, 90, 'gauge-band'));
  }
  if (interval && isFigure(interval.estimate)) {
    if (interval.estimate > 0) parts.push(arc(0, interval.estimate, 72, 'gauge-fill'));
    const inner = point(interval.estimate, 56);
    const outer = point(interval.estimate, 98);
    parts.push(s('line', { x1: inner.x, y1: inner.y, x2: outer.x, y2: outer.y, class: 'gauge-needle' }));
  }
  const top = [point(0.5, 60), point(0.5, 84)];
  parts.push(s('line', { x1: top[0].x, y1: top[0].y, x2: top[1].x, y2: top[1].y, class: 'gauge-tick' }));
  return s('svg', { viewBox: '0 0 200 112', class: 'chart gauge', role: 'img', 'aria-label': label, focusable: 'false' },
    s('title', {}, label),
    ...parts,
    s('text', { x: cx, y: cy - 22, class: 'gauge-value', 'text-anchor': 'middle' }, caption),
    s('text', { x: cx, y: cy - 2, class: 'gauge-unit', 'text-anchor': 'middle' }, unit),
    s('text', { x: 28, y: 111, class: 'gauge-end', 'text-anchor': 'middle' }, '0%'),
    s('text', { x: 172, y: 111, class: 'gauge-end', 'text-anchor': 'middle' }, '100%'));
}

/** A horizontal share bar with an optional interval band and a 50% reference tick. */
export function shareBar(share, label, { interval = null, color = null } = {}) {
  const children = [s('rect', { x: 0, y: 3, width: 100, height: 6, class: 'bar-track' })];
  // The interval sits behind the bar as a lighter box, so the estimate stays the strongest mark.
  if (interval && isFigure(interval.lower) && isFigure(interval.upper)) {
    children.push(s('rect', { x: interval.lower * 100, y: 0.5, width: Math.max(0.4, (interval.upper - interval.lower) * 100), height: 11, class: 'bar-band' }));
  }
  if (isFigure(share)) {
    // A presentation attribute, not a style attribute: it survives a strict Content-Security-Policy.
    children.push(s('rect', { x: 0, y: 3, width: clamp(share, 0, 1) * 100, height: 6, class: color ? null : 'bar-fill', fill: color }));
  }
  if (interval) children.push(line(50, 0, 50, 12, 'bar-mid'));
  return strip(12, label, 'bar', children);
}

/** Parts of a whole (Likert points, single choice, first preferences) as one stacked bar. */
export function stackedBar(shares, colors, label) {
  let x = 0;
  const segments = [];
  shares.forEach((share, index) => {
    if (!isFigure(share) || share <= 0) return;
    const width = clamp(share, 0, 1) * 100;
    segments.push(s('rect', { x, y: 0, width, height: 12, fill: colors[index] }));
    x += width;
  });
  if (segments.length === 0) segments.push(s('rect', { x: 0, y: 0, width: 100, height: 12, class: 'bar-track' }));
  return strip(12, label, 'stacked', segments);
}

/** One column per option, for shares that do not add up to one (multiple choice). */
export function optionColumns(shares, colors, label) {
  const width = 100 / Math.max(1, shares.length);
  return strip(24, label, 'columns', [
    line(0, 24, 100, 24, 'axis-line'),
    ...shares.map((share, index) => {
      const height = isFigure(share) ? clamp(share, 0, 1) * 23 : 0;
      return s('rect', { x: index * width + width * 0.15, y: 24 - height, width: width * 0.7, height, fill: colors[index] });
    }),
  ]);
}

/** Position histogram on the −1..+1 axis (20 bins), with the mean and the status-quo mark. */
export function positionHistogram(distribution, mean, statusQuo, label) {
  const peak = Math.max(0.0001, ...distribution.filter(isFigure));
  const children = distribution.map((share, bin) => {
    const height = isFigure(share) ? (share / peak) * 30 : 0;
    return s('rect', { x: bin * 5 + 0.6, y: 32 - height, width: 3.8, height, class: 'histogram-bin' });
  });
  children.push(line(0, 32, 100, 32, 'axis-line'), line(50, 30, 50, 36, 'axis-tick'),
    line(0.2, 30, 0.2, 36, 'axis-tick'), line(99.8, 30, 99.8, 36, 'axis-tick'));
  if (isFigure(statusQuo)) children.push(line(toX(statusQuo), 0, toX(statusQuo), 38, 'status-quo-line'));
  if (isFigure(mean)) children.push(line(toX(mean), 0, toX(mean), 38, 'mean-line'));
  return strip(38, label, 'histogram', children);
}

/** A compact axis for one group: the mean as a bar, one standard deviation either side as a band. */
export function positionStrip(position, statusQuo, label) {
  const children = [line(0, 6, 100, 6, 'axis-line'), line(50, 2, 50, 10, 'axis-tick')];
  if (position && isFigure(position.mean)) {
    if (isFigure(position.standardDeviation)) {
      const from = toX(position.mean - position.standardDeviation);
      children.push(s('rect', { x: from, y: 2.5, width: Math.max(0.4, toX(position.mean + position.standardDeviation) - from), height: 7, class: 'spread-band' }));
    }
  }
  if (isFigure(statusQuo)) children.push(line(toX(statusQuo), 0, toX(statusQuo), 12, 'status-quo-line'));
  if (position && isFigure(position.mean)) children.push(line(toX(position.mean), 0, toX(position.mean), 12, 'mean-line'));
  return strip(12, label, 'position-strip', children);
}

/**
 * The life of one figure over time as a small line chart: points [{ at (ms), value }], a value range
 * { min, max, reference (a dashed line, e.g. 50% or the status quo) }, texts for the axis ends from format.
 * In a right-to-left page time runs from right to left, like the text.
 */
export function timelineChart(points, { min, max, reference = null, format, timeFormat, rtl = false }, label) {
  const width = 300;
  const height = 96;
  const left = 36;
  const frame = chartFrame({ width, height, left, right: 8, top: 8, bottom: 20 }, { min, max, reference, format, rtl });
  const usable = points.filter((p) => isFigure(p.value));
  const first = usable[0]?.at ?? 0;
  const last = usable.at(-1)?.at ?? first;
  const span = Math.max(1, last - first);
  const xOf = (at) => frame.x(left + ((at - first) / span) * frame.plotWidth);
  const yOf = frame.y;
  const children = [...frame.children];
  if (usable.length > 0) {
    // A step line: a figure holds until the next update changes it.
    let d = `M ${xOf(usable[0].at).toFixed(1)} ${yOf(usable[0].value).toFixed(1)}`;
    for (let i = 1; i < usable.length; i += 1) {
      d += ` H ${xOf(usable[i].at).toFixed(1)} V ${yOf(usable[i].value).toFixed(1)}`;
    }
    children.push(s('path', { d, class: 'timeline-line' }));
    const end = usable.at(-1);
    children.push(s('circle', { cx: xOf(end.at), cy: yOf(end.value), r: 3.5, class: 'timeline-dot' }));
    children.push(
      s('text', { x: frame.startX, y: height - 4, class: 'timeline-text', 'text-anchor': frame.anchorStart }, timeFormat(first)),
      s('text', { x: frame.endX, y: height - 4, class: 'timeline-text', 'text-anchor': frame.anchorEnd }, timeFormat(last)));
  }
  return s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart timeline', role: 'img', 'aria-label': label, focusable: 'false' },
    s('title', {}, label), ...children);
}
