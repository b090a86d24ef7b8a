// The live meter of one question under one weighting scheme: the overall figure (gauge, position
// histogram or option bars), the cross-group figures and one row per stakeholder group.
// Everything is rebuilt from the QuestionMeters snapshot on each update: snapshots are complete, and
// the meter holds no focusable controls, so a rebuild cannot disturb the moderator.
// Key figures carry data-figure="…" so the projector and the moderator can be checked to agree.
import { h, isolate, replaceContent, userText } from './dom.js';
import { AXIS_MAX, AXIS_MIN, DASH, isFigure, number, percent, percentRange, signed } from './format.js';
import { t, tn, tParts } from './i18n.js';
import { groupNameByCode, verdictLabel } from './labels.js';
import { detailsPanel, groupsPresentNote, kindFigures, verdictFigure } from './meter-details.js';
import { colorsFor, legend } from './distributions.js';
import { optionColumns, positionHistogram, positionStrip, shareBar, shareGauge, stackedBar } from './meters.js';

/** A group's own ordinal verdict (the Delphi criterion on its answers); null when there is none. */
const groupVerdictOf = (meter) => meter?.ordinalConsensus?.verdict ?? null;

function verdictBadge(verdict) {
  if (!verdict) return null;
  return h('span', { class: `verdict verdict-${verdict}`, 'data-figure': 'verdict' }, verdictLabel(verdict));
}

const figure = (name, text) => h('strong', { 'data-figure': name }, text);

function optionBars(question, distribution, caption) {
  return h('div', { class: 'option-bars' },
    h('p', { class: 'figure-caption' }, caption),
    question.options.map((option, index) => {
      const share = distribution?.[index];
      return h('div', { class: 'option-bar' },
        h('span', { class: 'option-name' }, userText(option)),
        shareBar(share, `${isolate(option)}: ${percent(share)}`, { color: colorsFor(question)[index] }),
        h('span', { class: 'option-value' }, percent(share)));
    }));
}

function sideShares(question, position) {
  const axis = question.axis ?? {};
  const reference = typeof axis.statusQuo === 'number'
    ? tParts('meters.ofStatusQuo', { label: userText(axis.statusQuoLabel || t('axis.statusQuo')) })
    : t('meters.ofCentre');
  return h('p', { class: 'sides' }, tParts('meters.sides', {
    reference,
    below: percent(position?.shareBelowStatusQuo),
    left: userText(axis.left ?? ''),
    above: percent(position?.shareAboveStatusQuo),
    right: userText(axis.right ?? ''),
  }));
}

/** The confidence level as a percentage: "95%", "99.5%". */
function level(confidence) {
  const points = confidence * 100;
  return percent(confidence, Math.abs(points - Math.round(points)) < 1e-9 ? 0 : 1);
}

function overallBlock(question, overall, confidence) {
  switch (question.kind) {
    case 'likert': {
      const agree = overall.agree;
      const range = percentRange(agree?.lower, agree?.upper);
      return h('div', { class: 'overall overall-likert' },
        shareGauge(agree, t('meters.agreeLabel', { share: percent(agree?.estimate), range }), percent(agree?.estimate), t('meters.agreeUnit')),
        h('div', { class: 'overall-text' },
          h('p', {}, t('meters.agree'), ' ', figure('agree', percent(agree?.estimate)), ` \u00b7 ${t('meters.interval', { level: level(confidence), range })}`),
          h('p', {}, t('meters.disagree'), ' ', h('span', { 'data-figure': 'disagree' }, percent(overall.disagree?.estimate)),
            ` (${percentRange(overall.disagree?.lower, overall.disagree?.upper)})`),
          stackedBar(overall.distribution ?? [], colorsFor(question),
            question.options.map((o, i) => `${isolate(o)} ${percent(overall.distribution?.[i])}`).join(', ')),
          legend(question)));
    }
    case 'position': {
      const position = overall.position;
      const axis = question.axis ?? {};
      return h('div', { class: 'overall overall-position' },
        positionHistogram(overall.distribution ?? [], position?.mean, axis.statusQuo, t('meters.histogramLabel', { mean: signed(position?.mean) })),
        h('div', { class: 'axis-labels', 'aria-hidden': 'true' },
          h('span', {}, AXIS_MIN, ' ', userText(axis.left ?? '')), h('span', {}, '0'), h('span', {}, userText(axis.right ?? ''), ' ', AXIS_MAX)),
        h('p', { class: 'headline' }, t('meters.mean'), ' ', figure('mean', signed(position?.mean)),
          h('span', { class: 'muted' }, ` \u00b7 ${t('meters.median')} ${signed(position?.median)} \u00b7 ${t('meters.sd')} ${number(position?.standardDeviation, 2)}`)),
        sideShares(question, position),
        h('p', { class: 'key' }, h('span', { class: 'key-mean' }, t('meters.mean')),
          typeof axis.statusQuo === 'number' ? h('span', { class: 'key-status-quo' }, userText(axis.statusQuoLabel || t('axis.statusQuo'))) : null));
    }
    case 'ranking': {
      const scores = [...(overall.ranking ?? [])].sort((a, b) => (b.bordaScore ?? -Infinity) - (a.bordaScore ?? -Infinity));
      return h('div', { class: 'overall overall-ranking' },
        optionBars(question, overall.distribution, t('meters.rankedFirstCaption')),
        h('div', { class: 'table-scroll' }, h('table', { class: 'data-table compact' },
          h('caption', {}, t('meters.bordaCaption')),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('meters.item')), h('th', { scope: 'col', class: 'num' }, t('meters.borda')),
            h('th', { scope: 'col', class: 'num' }, t('meters.meanRank')))),
          h('tbody', {}, scores.map((row) => h('tr', {},
            h('th', { scope: 'row' }, userText(question.options[row.item] ?? `${row.item + 1}`)),
            h('td', { class: 'num' }, number(row.bordaScore, 2)),
            h('td', { class: 'num' }, number(row.meanRank, 1))))))));
    }
    default:
      return h('div', { class: 'overall' }, optionBars(question, overall.distribution,
        question.kind === 'multipleChoice' ? t('meters.tickedCaption') : t('meters.choiceCaption')));
  }
}

/** The polarization figure: Esteban–Ray over the answers when the server gives it, else the groups' divergence. */
function polarizationOf(meters) {
  return isFigure(meters.overall?.polarization) ? meters.overall.polarization : null;
}

/** The card's figures; withDetails adds the concordance figures of the kind (the moderator's cards, not the projector). */
function figures(question, meters, groups, withDetails) {
  const { overall, crossGroup } = meters;
  const item = (term, name, value, note) => h('div', {},
    h('dt', {}, term), h('dd', {}, h('span', { 'data-figure': name }, value), note ? h('span', { class: 'muted' }, note) : null));
  const polarization = polarizationOf(meters);
  return h('dl', { class: 'figures' },
    item(t('meters.respondents'), 'respondents', number(overall.respondents)),
    item(t('meters.effectiveN'), 'effective-n', number(overall.effectiveN, 1)),
    question.kind === 'likert' ? item(t('meters.crossGroup'), 'cross-group', percent(crossGroup?.groupInformedConsensus)) : null,
    question.kind === 'likert' ? item(t('meters.lowestGroup'), 'lowest-group', percent(crossGroup?.minimumAgree)) : null,
    polarization !== null ? item(t('meters.polarization'), 'polarization', number(polarization, 2)) : null,
    item(t('meters.divergence'), 'divergence', number(crossGroup?.jensenShannonBits, 2), ` ${t('meters.bits')}`),
    item(t('meters.groupsPresent'), 'groups-present', number(crossGroup?.groupsPresent), groupsPresentNote(crossGroup)),
    withDetails ? kindFigures(question, overall) : null,
    verdictFigure(meters, groups, verdictBadge));
}

function groupResult(question, meter) {
  switch (question.kind) {
    case 'likert': {
      const range = percentRange(meter.agree?.lower, meter.agree?.upper);
      return [shareBar(meter.agree?.estimate, t('meters.agreeLabel', { share: percent(meter.agree?.estimate), range }), { interval: meter.agree }),
        h('span', { class: 'result-text' }, h('strong', { 'data-figure': 'group-agree' }, percent(meter.agree?.estimate)), range === DASH ? null : ` (${range})`)];
    }
    case 'position':
      return [positionStrip(meter.position, question.axis?.statusQuo, `${t('meters.mean')} ${signed(meter.position?.mean)}`),
        h('span', { class: 'result-text' }, `${t('meters.mean')} `, h('strong', { 'data-figure': 'group-mean' }, signed(meter.position?.mean)))];
    default: {
      const shares = meter.distribution ?? [];
      const top = shares.reduce((best, share, index) => (share > (shares[best] ?? -1) ? index : best), -1);
      const label = question.options.map((o, i) => `${isolate(o)} ${percent(shares[i])}`).join(', ');
      const chart = question.kind === 'multipleChoice'
        ? optionColumns(shares, colorsFor(question), label)
        : stackedBar(shares, colorsFor(question), label);
      return [chart, h('span', { class: 'result-text' },
        top >= 0 && shares[top] > 0 ? [userText(question.options[top]), ` ${percent(shares[top])}`] : DASH)];
    }
  }
}

const resultHeading = (kind) => ({
  likert: t('meters.colAgree'), position: t('meters.colMean'), multipleChoice: t('meters.colTicking'), ranking: t('meters.colRankedFirst'),
}[kind] ?? t('meters.colChoices'));

function groupTable(question, meters, groups, threshold) {
  const byCode = new Map((meters.groups ?? []).map((g) => [g.group, g]));
  const codes = [...groups.map((g) => g.code), ...[...byCode.keys()].filter((c) => !groups.some((g) => g.code === c))];
  // The wrapper scrolls sideways on a narrow screen instead of widening the whole page.
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data-table group-table' },
    h('caption', {}, t('meters.byGroup')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('meters.group')), h('th', { scope: 'col' }, resultHeading(question.kind)),
      h('th', { scope: 'col', class: 'num' }, 'n'), h('th', { scope: 'col', class: 'num' }, t('meters.effN')))),
    h('tbody', {}, codes.map((code) => {
      const meter = byCode.get(code);
      const suppressed = Boolean(meter?.suppressed);
      return h('tr', { class: meter?.respondents || suppressed ? null : 'is-empty', 'data-group': code },
        h('th', { scope: 'row' }, userText(groupNameByCode(groups, code)), suppressed ? null : verdictBadge(groupVerdictOf(meter))),
        h('td', { class: 'result' }, suppressed
          ? h('span', { class: 'suppressed' }, t('results.suppressed', { n: threshold ?? 5 }))
          : meter ? groupResult(question, meter) : DASH),
        h('td', { class: 'num' }, suppressed ? DASH : number(meter?.respondents)),
        h('td', { class: 'num' }, suppressed ? DASH : number(meter?.effectiveN, 1)));
    }))));
}

/**
 * Draws meters (a QuestionMeters, or null before the first update) into container.
 * options: { threshold (privacy threshold for the "fewer than N" note), details (the moderator's figures and
 * "details" panel; the projector shows the headline figures only), confidence (the session's level of the intervals) }.
 */
export function renderQuestionMeters(container, question, meters, groups, { threshold = 5, details = false, confidence = 0.95 } = {}) {
  if (!meters?.overall || !meters.overall.respondents) {
    container.replaceChildren(h('p', { class: 'muted empty-meter' }, t('meters.empty')));
    return;
  }
  // Every update rebuilds the meter: a panel the moderator opened stays open.
  const detailsOpen = Boolean(container.querySelector('details.meter-details')?.open);
  replaceContent(container,
    overallBlock(question, meters.overall, confidence),
    figures(question, meters, groups, details),
    details ? detailsPanel(question, meters, detailsOpen) : null,
    question.kind === 'likert' || question.kind === 'position' ? null : legend(question),
    groupTable(question, meters, groups, threshold));
}

/** "12 answers" for a count, in the page's language. */
export const answersCount = (count) => tn('meters.answers', count);
