// Figures of a moderator's card beyond the headline meter: the verdict and the rule that decided it, the
// concordance figures of its kind (Tastle–Wierman and IQR on Likert, Kendall's W on ranking), and a
// "details" panel with the rest the API computes (design effect, between-group tests, dispersion, shape),
// so that no figure the server sends is left without a place a moderator would look.
import { h, userText } from './dom.js';
import { DASH, isFigure, number, pValue } from './format.js';
import { t } from './i18n.js';
import { groupNameByCode } from './labels.js';

/** "χ² 3.21 · df 4 · p 0.523": the same in every language, kept left-to-right in Arabic. */
const chiSquare = (test, symbol = '\u03c7\u00b2') => (test
  ? h('span', { dir: 'ltr' }, `${symbol} ${number(test.statistic, 2)} \u00b7 df ${test.degreesOfFreedom} \u00b7 p ${pValue(test.pValue)}`)
  : DASH);

const item = (term, name, value) => h('div', {}, h('dt', {}, term), h('dd', { 'data-figure': name }, value));

/** The verdict the card shows: the server's decision (which takes the groups into account) over the room's own. */
export function verdictOf(meters) {
  return meters?.consensus?.verdict ?? meters?.overall?.ordinalConsensus?.verdict ?? null;
}

/** The verdict's badge, its rule and the groups that hold out; nothing for kinds without a verdict. */
export function verdictFigure(meters, groups, badge) {
  const verdict = verdictOf(meters);
  if (!verdict) return null;
  const decision = meters.consensus;
  const holdouts = decision?.holdouts ?? [];
  return h('div', { class: 'verdict-figure' }, h('dt', {}, t('meters.verdict')),
    h('dd', {}, badge(verdict),
      decision ? h('span', { class: 'muted verdict-rule', 'data-figure': 'verdict-rule' }, ` ${t(`meters.rule.${decision.rule}`)}`) : null,
      holdouts.length > 0
        ? h('span', { class: 'muted', 'data-figure': 'holdouts' }, ` ${t('meters.holdouts')} `,
          holdouts.map((code, index) => [index > 0 ? ', ' : '', userText(groupNameByCode(groups, code))]))
        : null));
}

/** "5 (1 withheld, 3 compared)": the groups that answered, and how many the privacy threshold and "Other" leave out. */
export function groupsPresentNote(crossGroup) {
  if (!crossGroup) return null;
  const notes = [];
  if (crossGroup.groupsSuppressed > 0) notes.push(t('meters.groupsWithheld', { count: crossGroup.groupsSuppressed }));
  if (isFigure(crossGroup.groupsCompared) && crossGroup.groupsCompared !== crossGroup.groupsPresent - (crossGroup.groupsSuppressed ?? 0)) {
    notes.push(t('meters.groupsCompared', { count: crossGroup.groupsCompared }));
  }
  return notes.length > 0 ? ` (${notes.join(', ')})` : null;
}

/** The concordance figures of the question's kind, for the card's main list. */
export function kindFigures(question, overall) {
  const ordinal = overall.ordinalConsensus;
  switch (question.kind) {
    case 'likert':
      return [item(t('meters.tastleWierman'), 'tastle-wierman', number(ordinal?.tastleWierman, 2)),
        item(t('meters.iqr'), 'iqr', number(ordinal?.interquartileRange, 1))];
    case 'ranking':
      return [item(t('meters.kendallW'), 'kendall-w', number(overall.rankingConcordance?.w, 2))];
    default:
      return [];
  }
}

const yesNo = (flag) => (typeof flag === 'boolean' ? t(flag ? 'details.yes' : 'details.no') : DASH);

/** "yes · yes · no": whether the top-two share reaches 70 %, 75 % and 80 %. */
const topTwoBox = (box) => (box
  ? [box.reaches70, box.reaches75, box.reaches80].map(yesNo).join(' \u00b7 ')
  : DASH);

/** The measures added for issue 12: Tastle–Wierman's dissention and strength, top-two flags, modal share, Yates, Bergsma's V, JS distance, W's extras. */
function furtherFigures(question, meters) {
  const { overall, betweenGroups, crossGroup } = meters;
  const ordinal = overall.ordinalConsensus;
  const independence = betweenGroups?.independence;
  const concordance = overall.rankingConcordance;
  return [
    question.kind === 'likert' ? [
      item(t('details.dissention'), 'dissention', number(ordinal?.dissention, 2)),
      item(t('details.strengthFor'), 'strength-for', number(ordinal?.strengthFor, 2)),
      item(t('details.strengthAgainst'), 'strength-against', number(ordinal?.strengthAgainst, 2)),
      item(t('details.topTwoBox'), 'top-two-box', topTwoBox(ordinal?.topTwoBox)),
    ] : null,
    question.kind === 'likert' || question.kind === 'singleChoice'
      ? item(t('details.modalShare'), 'modal-share', number(overall.modalShare, 2)) : null,
    independence?.yatesCorrected ? item(t('details.yates'), 'yates', chiSquare(independence.yatesCorrected)) : null,
    item(t('details.biasCorrectedV'), 'bias-corrected-v', number(independence?.biasCorrectedCramersV, 2)),
    item(t('details.jsDistance'), 'js-distance', number(crossGroup?.jensenShannonDistance, 2)),
    question.kind === 'ranking' ? [
      item(t('details.uncorrectedW'), 'uncorrected-w', number(concordance?.uncorrectedW, 2)),
      item(t('details.items'), 'items', number(concordance?.items)),
    ] : null,
  ];
}

/** The "details" panel; open says whether the moderator had it open before this redraw. */
export function detailsPanel(question, meters, open) {
  const { overall, betweenGroups } = meters;
  const ordinal = overall.ordinalConsensus;
  const shape = overall.positionShape;
  const concordance = overall.rankingConcordance;
  const quartiles = ordinal ? `${number(ordinal.median, 1)} (${number(ordinal.lowerQuartile, 1)}\u2013${number(ordinal.upperQuartile, 1)})` : DASH;
  return h('details', { class: 'meter-details', open: open ? 'open' : null },
    h('summary', {}, t('details.heading')),
    h('dl', { class: 'figures' },
      item(t('details.designEffect'), 'design-effect', number(overall.designEffect, 2)),
      item(t('details.chiSquare'), 'chi-square', chiSquare(betweenGroups?.independence?.test)),
      item(t('details.cramersV'), 'cramers-v', number(betweenGroups?.independence?.cramersV, 2)),
      question.kind === 'likert' || question.kind === 'position'
        ? item(t('details.kruskalWallis'), 'kruskal-wallis', chiSquare(betweenGroups?.kruskalWallis, 'H'))
        : null,
      question.kind === 'likert' ? [
        item(t('details.vanDerEijk'), 'van-der-eijk', number(ordinal?.vanDerEijk, 2)),
        item(t('details.leik'), 'leik', number(ordinal?.leikDispersion, 2)),
        item(t('details.quartiles'), 'quartiles', h('span', { dir: 'ltr' }, quartiles)),
      ] : null,
      question.kind === 'position' ? [
        item(t('details.bimodality'), 'bimodality', number(shape?.bimodalityCoefficient, 2)),
        item(t('details.splitRoom'), 'split-room', yesNo(shape?.splitRoom)),
      ] : null,
      question.kind === 'ranking' ? item(t('details.kendallTest'), 'kendall-test', chiSquare(concordance?.test)) : null,
      furtherFigures(question, meters)));
}
