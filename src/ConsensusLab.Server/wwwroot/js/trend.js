// The comparison of a linked question across sessions in the moderator console (GET …/comparison): the trend chart
// under the console's weighting, its legend, and the change since the previous session overall. The request carries
// the session's key and, in X-Linked-Keys, every other key this browser keeps, so each linked session this moderator can open is shown; the server withholds the rest.
import { getJson, sessionPath } from './api.js';
import { h, s } from './dom.js';
import { DASH, isFigure, percent, pValue, signed } from './format.js';
import { isRtl, t } from './i18n.js';
import { storedKeys } from './keys.js';
import { groupNameByCode } from './labels.js';
import { categoricalColor } from './meters.js';
import { trendChart } from './trend-chart.js';

const OVERALL_COLOR = '#1b1f24';

/** Loads the comparison of a linked question; null when it is not linked or cannot be read. */
export async function loadComparison(code, question, key) {
  if (!question.series) return null;
  const linkedKeys = [...new Set(storedKeys())].filter((k) => k && k !== key).join(',');
  try {
    return await getJson(sessionPath(code, 'questions', question.id, 'comparison'), { moderatorKey: key, linkedKeys });
  } catch {
    return null;
  }
}

/** The chart, legend and reading of one comparison under one scheme. */
export function renderComparison(comparison, groups, scheme) {
  const likert = comparison.measure === 'agree';
  const format = likert ? (v) => percent(v) : (v) => signed(v, 2);
  const figures = comparison.schemes.find((c) => c.scheme === scheme) ?? comparison.schemes[0];
  const sessions = comparison.sessions.map((session) => ({ label: session.heldOn.slice(0, 4), title: session.title }));
  const withFigures = figures.groups.filter((g) => g.sessions.some((f) => isFigure(f.estimate)));
  const lines = [
    { key: 'overall', overall: true, color: OVERALL_COLOR, name: t('comparison.overall'), points: figures.overall.sessions },
    ...withFigures.map((g, i) => ({ key: g.group, overall: false, color: categoricalColor(i), name: groupNameByCode(groups, g.group), points: g.sessions })),
  ];
  const caption = likert ? t('comparison.agree') : t('comparison.mean');
  const label = t('comparison.label', {
    caption,
    sessions: comparison.sessions.map((session, i) => `${session.code} ${format(figures.overall.sessions[i]?.estimate ?? null)}`).join(', '),
  });
  const change = figures.overall.differences.at(-1);
  return h('figure', { class: 'trend-box', 'data-sessions': String(comparison.sessions.length) },
    h('figcaption', {}, `${caption} \u00b7 ${comparison.series}`),
    trendChart(sessions, lines, { min: likert ? 0 : -1, max: 1, reference: likert ? 0.5 : 0, format, rtl: isRtl() }, label),
    h('ul', { class: 'trend-legend' }, lines.map((line) => h('li', {},
      // A fill attribute, not a style: the pages' Content-Security-Policy allows no inline styles.
      s('svg', { viewBox: '0 0 10 10', class: 'swatch', 'aria-hidden': 'true' }, s('rect', { width: 10, height: 10, fill: line.color })),
      line.name))),
    change && isFigure(change.difference)
      ? h('p', { class: 'muted' }, t('comparison.change', {
        from: change.from,
        difference: likert ? signed(change.difference * 100, 0) : signed(change.difference, 2),
        lower: isFigure(change.lower) ? (likert ? signed(change.lower * 100, 0) : signed(change.lower, 2)) : DASH,
        upper: isFigure(change.upper) ? (likert ? signed(change.upper * 100, 0) : signed(change.upper, 2)) : DASH,
        p: pValue(change.pValue),
      }))
      : h('p', { class: 'muted' }, t('comparison.single')),
    comparison.withheldSessions > 0 ? h('p', { class: 'muted' }, t('comparison.withheld', { count: comparison.withheldSessions })) : null);
}
