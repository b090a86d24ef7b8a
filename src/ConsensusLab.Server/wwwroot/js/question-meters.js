// The live meter of one question under one weighting scheme: the overall figure (gauge, position
// histogram or option bars), the cross-group figures and one row per stakeholder group.
// Everything is rebuilt from the QuestionMeters snapshot on each update: snapshots are complete, and
// the meter holds no focusable controls, so a rebuild cannot disturb the moderator.
import { h, replaceContent, s } from './dom.js';
import { DASH, number, percent, percentRange, signed } from './format.js';
import { VERDICTS } from './labels.js';
import {
  categoricalColor, likertColors, optionColumns, positionHistogram, positionStrip, shareBar, shareGauge, stackedBar,
} from './meters.js';

/**
 * The ordinal verdict, wherever the server places it (today `ordinalConsensus.verdict`; the contract
 * allows `ordinal.verdict` or a plain `verdict`); null when there is none.
 */
function verdictOf(meter) {
  if (!meter) return null;
  if (typeof meter.verdict === 'string') return meter.verdict;
  const block = Object.values(meter).find((value) => typeof value?.verdict === 'string');
  return block?.verdict ?? null;
}

function verdictBadge(verdict) {
  if (!verdict) return null;
  return h('span', { class: `verdict verdict-${verdict}` }, VERDICTS[verdict] ?? verdict);
}

function colorsFor(question) {
  return question.kind === 'likert'
    ? likertColors(question.options.length)
    : question.options.map((_, index) => categoricalColor(index));
}

function legend(question) {
  const colors = colorsFor(question);
  return h('ul', { class: 'legend', 'aria-hidden': 'true' },
    question.options.map((option, index) => h('li', {}, s('svg', { viewBox: '0 0 10 10', class: 'swatch' }, s('rect', { width: 10, height: 10, rx: 2, fill: colors[index] })), option)));
}

function optionBars(question, distribution, caption) {
  return h('div', { class: 'option-bars' },
    h('p', { class: 'figure-caption' }, caption),
    question.options.map((option, index) => {
      const share = distribution?.[index];
      return h('div', { class: 'option-bar' },
        h('span', { class: 'option-name' }, option),
        shareBar(share, `${option}: ${percent(share)}`, { color: categoricalColor(index) }),
        h('span', { class: 'option-value' }, percent(share)));
    }));
}

function sideShares(question, position) {
  const axis = question.axis ?? {};
  const reference = typeof axis.statusQuo === 'number' ? `Of the status quo${axis.statusQuoLabel ? ` (${axis.statusQuoLabel})` : ''}` : 'Of the centre';
  return h('p', { class: 'sides' }, `${reference}: `,
    h('strong', {}, percent(position?.shareBelowStatusQuo)), ` on the \u201c${axis.left ?? 'left'}\u201d side, `,
    h('strong', {}, percent(position?.shareAboveStatusQuo)), ` on the \u201c${axis.right ?? 'right'}\u201d side.`);
}

function overallBlock(question, overall) {
  switch (question.kind) {
    case 'likert': {
      const agree = overall.agree;
      return h('div', { class: 'overall overall-likert' },
        shareGauge(agree, `${percent(agree?.estimate)} agree, interval ${percentRange(agree?.lower, agree?.upper)}`, percent(agree?.estimate), 'agree'),
        h('div', { class: 'overall-text' },
          h('p', {}, 'Agree ', h('strong', {}, percent(agree?.estimate)), ', Wilson interval ', percentRange(agree?.lower, agree?.upper)),
          h('p', {}, 'Disagree ', percent(overall.disagree?.estimate), ' (', percentRange(overall.disagree?.lower, overall.disagree?.upper), ')'),
          stackedBar(overall.distribution ?? [], colorsFor(question),
            question.options.map((o, i) => `${o} ${percent(overall.distribution?.[i])}`).join(', ')),
          legend(question)));
    }
    case 'position': {
      const position = overall.position;
      const axis = question.axis ?? {};
      return h('div', { class: 'overall overall-position' },
        positionHistogram(overall.distribution ?? [], position?.mean, axis.statusQuo,
          `Distribution of positions; mean ${signed(position?.mean)}`),
        h('div', { class: 'axis-labels', 'aria-hidden': 'true' },
          h('span', {}, '\u22121 ', axis.left ?? ''), h('span', {}, '0'), h('span', {}, axis.right ?? '', ' +1')),
        h('p', { class: 'headline' }, 'Mean ', h('strong', {}, signed(position?.mean)),
          h('span', { class: 'muted' }, ` \u00b7 median ${signed(position?.median)} \u00b7 SD ${number(position?.standardDeviation, 2)}`)),
        sideShares(question, position),
        h('p', { class: 'key' }, h('span', { class: 'key-mean' }, 'Mean'),
          typeof axis.statusQuo === 'number' ? h('span', { class: 'key-status-quo' }, axis.statusQuoLabel || 'Status quo') : null));
    }
    case 'ranking': {
      const scores = [...(overall.ranking ?? [])].sort((a, b) => (b.bordaScore ?? -Infinity) - (a.bordaScore ?? -Infinity));
      return h('div', { class: 'overall overall-ranking' },
        optionBars(question, overall.distribution, 'Share who ranked each item first'),
        h('table', { class: 'data-table compact' },
          h('caption', {}, 'Order by Borda score'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Item'), h('th', { scope: 'col', class: 'num' }, 'Borda'), h('th', { scope: 'col', class: 'num' }, 'Mean rank'))),
          h('tbody', {}, scores.map((row) => h('tr', {},
            h('th', { scope: 'row' }, question.options[row.item] ?? `Item ${row.item + 1}`),
            h('td', { class: 'num' }, number(row.bordaScore, 2)),
            h('td', { class: 'num' }, number(row.meanRank, 1)))))));
    }
    default:
      return h('div', { class: 'overall' }, optionBars(question, overall.distribution,
        question.kind === 'multipleChoice' ? 'Share who ticked each option' : 'Share choosing each option'));
  }
}

function figures(question, meters) {
  const { overall, crossGroup } = meters;
  const item = (term, value, note) => h('div', {}, h('dt', {}, term), h('dd', {}, value, note ? h('span', { class: 'muted' }, note) : null));
  const verdict = verdictOf(overall) ?? verdictOf(meters);
  return h('dl', { class: 'figures' },
    item('Respondents', number(overall.respondents)),
    item('Effective n', number(overall.effectiveN, 1)),
    item('Group-informed consensus', percent(crossGroup?.groupInformedConsensus)),
    question.kind === 'likert' ? item('Lowest group agreement', percent(crossGroup?.minimumAgree)) : null,
    item('Polarization (JSD)', number(crossGroup?.jensenShannonBits, 2), ' bits'),
    item('Groups present', number(crossGroup?.groupsPresent)),
    verdict ? item('Verdict', verdictBadge(verdict)) : null);
}

function groupResult(question, meter) {
  switch (question.kind) {
    case 'likert': {
      const range = percentRange(meter.agree?.lower, meter.agree?.upper);
      return [shareBar(meter.agree?.estimate, `${percent(meter.agree?.estimate)} agree`, { interval: meter.agree }),
        h('span', { class: 'result-text' }, h('strong', {}, percent(meter.agree?.estimate)), range === DASH ? null : ` (${range})`)];
    }
    case 'position':
      return [positionStrip(meter.position, question.axis?.statusQuo, `Mean ${signed(meter.position?.mean)}`),
        h('span', { class: 'result-text' }, 'mean ', h('strong', {}, signed(meter.position?.mean)))];
    default: {
      const shares = meter.distribution ?? [];
      const top = shares.reduce((best, share, index) => (share > (shares[best] ?? -1) ? index : best), -1);
      const label = question.options.map((o, i) => `${o} ${percent(shares[i])}`).join(', ');
      const chart = question.kind === 'multipleChoice'
        ? optionColumns(shares, colorsFor(question), label)
        : stackedBar(shares, colorsFor(question), label);
      return [chart, h('span', { class: 'result-text' }, top >= 0 && shares[top] > 0 ? `${question.options[top]} ${percent(shares[top])}` : DASH)];
    }
  }
}

function groupTable(question, meters, groups) {
  const byCode = new Map((meters.groups ?? []).map((g) => [g.group, g]));
  const codes = [...groups.map((g) => g.code), ...[...byCode.keys()].filter((c) => !groups.some((g) => g.code === c))];
  const names = new Map(groups.map((g) => [g.code, g.name]));
  const resultHeading = { likert: '% agree', position: 'Mean position', multipleChoice: 'Share ticking', ranking: 'Ranked first' }[question.kind] ?? 'Choices';
  // The wrapper scrolls sideways on a narrow screen instead of widening the whole page.
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data-table group-table' },
    h('caption', {}, 'By stakeholder group'),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Group'), h('th', { scope: 'col' }, resultHeading),
      h('th', { scope: 'col', class: 'num' }, 'n'), h('th', { scope: 'col', class: 'num' }, 'Eff. n'))),
    h('tbody', {}, codes.map((code) => {
      const meter = byCode.get(code);
      return h('tr', { class: meter?.respondents ? null : 'is-empty' },
        h('th', { scope: 'row' }, names.get(code) ?? code, verdictBadge(verdictOf(meter))),
        h('td', { class: 'result' }, meter ? groupResult(question, meter) : DASH),
        h('td', { class: 'num' }, number(meter?.respondents)),
        h('td', { class: 'num' }, number(meter?.effectiveN, 1)));
    }))));
}

/** Draws meters (a QuestionMeters, or null before the first update) into container. */
export function renderQuestionMeters(container, question, meters, groups) {
  if (!meters?.overall || !meters.overall.respondents) {
    container.replaceChildren(h('p', { class: 'muted empty-meter' }, 'No answers yet: the meter appears with the first answers.'));
    return;
  }
  replaceContent(container,
    overallBlock(question, meters.overall),
    figures(question, meters),
    question.kind === 'likert' || question.kind === 'position' ? null : legend(question),
    groupTable(question, meters, groups));
}
