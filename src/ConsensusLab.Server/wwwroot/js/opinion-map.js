// The opinion map: every participant who voted as a dot on the first two principal components of the vote matrix,
// coloured by opinion group (grey: too few votes to be placed in one), with each group's label at its centre.
// The axes have no units, so the drawing is scaled to fit and keeps its aspect ratio.
import { s } from './dom.js';
import { categoricalColor } from './meters.js';
import { t } from './i18n.js';

const SIZE = 100;
const UNPLACED = '#9aa1a9';

export const opinionGroupColor = (label) => (label === null || label === undefined ? UNPLACED : categoricalColor(label));

/** An opinion group's name: letters, as Polis names them (A, B, C …). */
export const opinionGroupName = (label) => t('deliberation.groupName', { label: String.fromCharCode(65 + label) });

export function opinionMap(points, groups) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const span = Math.max(Math.max(...xs, 0) - Math.min(...xs, 0), Math.max(...ys, 0) - Math.min(...ys, 0), 1e-9);
  const midX = (Math.max(...xs, 0) + Math.min(...xs, 0)) / 2;
  const midY = (Math.max(...ys, 0) + Math.min(...ys, 0)) / 2;
  const scale = (SIZE * 0.84) / span;
  const px = (x) => (SIZE / 2) + ((x - midX) * scale);
  const py = (y) => (SIZE / 2) - ((y - midY) * scale);
  const label = t('deliberation.mapLabel', { participants: points.length, groups: groups.length });
  return s('svg', { viewBox: `0 0 ${SIZE} ${SIZE}`, class: 'opinion-map', role: 'img', 'aria-label': label },
    s('title', {}, label),
    s('rect', { x: 0, y: 0, width: SIZE, height: SIZE, class: 'opinion-map-frame' }),
    points.map((p) => s('circle', { cx: px(p.x), cy: py(p.y), r: 1.2, fill: opinionGroupColor(p.group), 'data-group': p.group ?? '' })),
    groups.map((g) => s('text', {
      x: px(g.centroidX), y: py(g.centroidY), class: 'opinion-map-label', 'text-anchor': 'middle', fill: opinionGroupColor(g.label),
    }, String.fromCharCode(65 + g.label))));
}
