// How each stakeholder group answered, as small bars: the previous round of a Delphi question, or a
// question whose results the moderator revealed. Groups under the session's privacy threshold arrive
// without figures and are shown as "fewer than N — hidden", never as an empty bar that reads as 0%.
import { h, isolate, s, userText } from './dom.js';
import { AXIS_MAX, AXIS_MIN, isFigure, percent } from './format.js';
import { t, tn } from './i18n.js';
import { groupNameByCode } from './labels.js';
import { categoricalColor, likertColors, optionColumns, positionHistogram, stackedBar } from './meters.js';

export function colorsFor(question) {
  return question.kind === 'likert'
    ? likertColors(question.options.length)
    : question.options.map((_, index) => categoricalColor(index));
}

export function legend(question) {
  if (question.kind === 'position') return null;
  const colors = colorsFor(question);
  return h('ul', { class: 'legend', 'aria-hidden': 'true' },
    question.options.map((option, index) => h('li', {},
      s('svg', { viewBox: '0 0 10 10', class: 'swatch' }, s('rect', { width: 10, height: 10, rx: 2, fill: colors[index] })), userText(option))));
}

/** A text naming every share, for screen readers and the chart's tooltip. */
export function describeDistribution(question, distribution) {
  if (question.kind === 'position') return t('results.positionChart');
  return question.options.map((option, index) => `${isolate(option)} ${percent(distribution?.[index])}`).join(', ');
}

/** One distribution as a chart fitting the question's kind. */
export function distributionChart(question, distribution, statusQuo = question.axis?.statusQuo) {
  const label = describeDistribution(question, distribution);
  switch (question.kind) {
    case 'position':
      return positionHistogram(distribution ?? [], null, statusQuo, label);
    case 'multipleChoice':
      return optionColumns(distribution ?? [], colorsFor(question), label);
    default:
      return stackedBar(distribution ?? [], colorsFor(question), label);
  }
}

const isHidden = (row) => row?.suppressed || !Array.isArray(row?.distribution) || !row.distribution.some(isFigure);

/**
 * rows: { overall: { respondents, distribution }, groups: [{ group, respondents, distribution, suppressed }] };
 * groups: the session's catalogue (names); threshold: the privacy threshold.
 */
export function distributionTable(question, rows, groups, threshold, caption) {
  const line = (name, row, className) => h('div', { class: `distribution-row ${className ?? ''}` },
    h('span', { class: 'distribution-name' }, userText(name),
      isFigure(row?.respondents) && !row?.suppressed ? h('span', { class: 'muted' }, ` \u00b7 ${tn('results.respondents', row.respondents)}`) : null),
    isHidden(row)
      ? h('span', { class: 'suppressed' }, (row?.respondents ?? 0) > 0 || row?.suppressed ? t('results.suppressed', { n: threshold ?? 5 }) : t('results.noAnswers'))
      : distributionChart(question, row.distribution));
  return h('div', { class: 'distributions' },
    caption ? h('p', { class: 'figure-caption' }, caption) : null,
    rows.overall ? line(t('results.everyone'), rows.overall, 'is-overall') : null,
    (rows.groups ?? []).map((row) => line(groupNameByCode(groups, row.group), row)),
    legend(question),
    question.kind === 'position' ? h('div', { class: 'axis-labels', 'aria-hidden': 'true' },
      h('span', {}, AXIS_MIN, ' ', userText(question.axis?.left ?? '')), h('span', {}, '0'),
      h('span', {}, userText(question.axis?.right ?? ''), ' ', AXIS_MAX)) : null);
}
