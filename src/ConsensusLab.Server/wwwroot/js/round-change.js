// The shift between two rounds on a moderator's card. The net change is the difference of the room's
// figures under the weighting the card shows (the API sends it under every scheme), so it moves the same
// way as the means beside it; the share who moved and the paired tests count each participant once.
import { h, replaceContent } from './dom.js';
import { isFigure, pValue, percent, signed } from './format.js';
import { t } from './i18n.js';
import { schemeName } from './labels.js';

const points = (value) => (isFigure(value)
  ? `${signed(value * 100, 0)} ${t('change.points')}`
  : '\u2014');

/**
 * shift: a RoundShift { fromRound, toRound, netChanges: { equalFooting | headcount | custom: { agree, meanPosition } },
 * shareMoved, mcNemarPValue, wilcoxonPValue }; scheme: the weighting the card shows.
 */
export function renderChange(container, question, shift, scheme) {
  const net = shift?.netChanges?.[scheme];
  const item = (term, name, value) => h('div', {}, h('dt', {}, term), h('dd', { 'data-figure': name }, value));
  replaceContent(container,
    h('h4', {}, t('change.heading', { from: shift?.fromRound ?? (question.round ?? 2) - 1, to: shift?.toRound ?? question.round })),
    question.kind === 'likert' || question.kind === 'position'
      ? h('p', { class: 'help', 'data-figure': 'change-weighting' }, t('change.weighting', { scheme: schemeName(scheme) }))
      : null,
    h('dl', { class: 'figures' },
      question.kind === 'likert' ? item(t('change.netAgree'), 'net-change-agree', points(net?.agree)) : null,
      question.kind === 'position' ? item(t('change.netMean'), 'net-change-mean', signed(net?.meanPosition)) : null,
      item(t('change.shareMoved'), 'share-moved', percent(shift?.shareMoved)),
      question.kind === 'likert' ? item(t('change.mcNemar'), 'mcnemar', pValue(shift?.mcNemarPValue)) : null,
      question.kind === 'position' ? item(t('change.wilcoxon'), 'wilcoxon', pValue(shift?.wilcoxonPValue)) : null));
}
