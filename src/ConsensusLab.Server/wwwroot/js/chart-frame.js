// The frame the line charts share (timeline, trend): the baseline, the top and bottom labels and an optional
// reference line, with the geometry mirrored for right-to-left pages rather than the text direction flipped.
import { s } from './dom.js';
import { clamp, isFigure } from './format.js';

/**
 * box: { width, height, left, right, top, bottom }; scale: { min, max, reference, format, rtl }.
 * Returns the frame's elements and the mappings a chart draws with: x(plotX) mirrors a left-to-right x, y(value).
 */
export function chartFrame({ width, height, left, right, top, bottom }, { min, max, reference = null, format, rtl = false }) {
  const plotHeight = height - top - bottom;
  const x = (plotX) => (rtl ? width - plotX : plotX);
  const y = (value) => top + (1 - (clamp(value, min, max) - min) / (max - min)) * plotHeight;
  const startX = x(left);
  const endX = x(width - right);
  const labelX = x(4);
  const anchorStart = rtl ? 'end' : 'start';
  const children = [
    s('line', { x1: startX, y1: top + plotHeight, x2: endX, y2: top + plotHeight, class: 'axis-line' }),
    s('text', { x: labelX, y: top + 4, class: 'timeline-text', 'text-anchor': anchorStart }, format(max)),
    s('text', { x: labelX, y: top + plotHeight, class: 'timeline-text', 'text-anchor': anchorStart }, format(min)),
  ];
  if (isFigure(reference)) {
    children.push(s('line', { x1: startX, y1: y(reference), x2: endX, y2: y(reference), class: 'timeline-reference' }));
  }
  return { x, y, startX, endX, anchorStart, anchorEnd: rtl ? 'start' : 'end', plotWidth: width - left - right, plotHeight, children };
}
