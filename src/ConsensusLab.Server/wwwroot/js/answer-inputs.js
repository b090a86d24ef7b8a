// One answer control per question kind. Each returns the same small interface so the question card
// does not care about kinds:
//   { element, read() → { ok, value } | { ok: false, message }, write(answer), setDisabled(flag), onChange(fn) }
// `value` is the kind-specific part of the request body ({ choice } | { choices } | { ranking } | { position }).
import { h, isolate, replaceContent, uid, userText } from './dom.js';
import { clamp, signed } from './format.js';
import { isRtl, t, tParts } from './i18n.js';
import { defaultAxis } from './labels.js';
import { createRankingInput } from './ranking-input.js';

/** Likert points and single/multiple choice share one list of large, labelled radio buttons or checkboxes. */
function createChoiceList(question, type) {
  const name = uid('answer');
  const listeners = [];
  const inputs = question.options.map((option, index) => {
    const input = h('input', { type, name, value: String(index) });
    input.addEventListener('change', () => listeners.forEach((fn) => fn()));
    return { input, label: h('label', { class: 'choice' }, input, h('span', {}, userText(option))) };
  });
  const element = h('div', { class: `choices choices-${question.kind}` }, inputs.map((i) => i.label));
  // Likert points sit side by side on wide screens; the count sets the grid columns.
  element.style.setProperty('--points', String(question.options.length));

  const checked = () => inputs.flatMap(({ input }, index) => (input.checked ? [index] : []));

  return {
    element,
    read() {
      const picked = checked();
      if (type === 'radio') {
        return picked.length === 1 ? { ok: true, value: { choice: picked[0] } } : { ok: false, message: t('answer.chooseOne') };
      }
      return picked.length > 0 ? { ok: true, value: { choices: picked } } : { ok: false, message: t('answer.tickOne') };
    },
    write(answer) {
      const chosen = new Set(type === 'radio' ? [answer?.choice] : answer?.choices ?? []);
      inputs.forEach(({ input }, index) => { input.checked = chosen.has(index); });
    },
    setDisabled(flag) {
      inputs.forEach(({ input }) => { input.disabled = flag; });
    },
    onChange(fn) {
      listeners.push(fn);
    },
  };
}

/**
 * Words for a slider value, shown under the slider (text and a <bdi> for the axis end) or, with asText, read out to
 * screen readers as one string.
 */
function describePosition(value, axis, asText = false) {
  if (Math.abs(value) < 0.05) return t('position.middle', { value: signed(value) });
  const side = value < 0 ? axis.left : axis.right;
  const strength = Math.abs(value);
  const key = strength < 0.35 ? 'position.leaning' : strength < 0.75 ? 'position.towards' : 'position.strongly';
  return asText ? t(key, { side: isolate(side), value: signed(value) }) : tParts(key, { side: userText(side), value: signed(value) });
}

/**
 * A −1..+1 slider. It starts "untouched": a thumb resting at 0 must not count as a centrist answer.
 * In a right-to-left page the browser mirrors the range input, so −1 (the axis's left label, e.g. "evolve")
 * sits at the inline start on the right; the end labels follow the same logical order, and the arrows
 * point outwards from the middle in either direction.
 */
function createPositionInput(question, labelledBy) {
  const axis = { ...defaultAxis(), ...question.axis };
  const rtl = isRtl();
  const readoutId = uid('readout');
  const endsId = uid('ends');
  const input = h('input', {
    type: 'range', min: '-1', max: '1', step: '0.01', value: '0',
    'aria-labelledby': labelledBy, 'aria-describedby': `${endsId} ${readoutId}`,
  });
  const readout = h('p', { class: 'position-readout', id: readoutId });
  const track = h('div', { class: 'position-track' }, input);
  const element = h('div', { class: 'position-input untouched' },
    h('div', { class: 'position-ends', id: endsId },
      h('span', { class: 'position-end position-end-min' },
        h('span', { 'aria-hidden': 'true' }, rtl ? '\u2192 ' : '\u2190 '),
        h('span', { class: 'visually-hidden' }, t('position.minEnd')), userText(axis.left)),
      h('span', { class: 'position-end position-end-max' },
        h('span', { class: 'visually-hidden' }, t('position.maxEnd')), userText(axis.right),
        h('span', { 'aria-hidden': 'true' }, rtl ? ' \u2190' : ' \u2192'))),
    track,
    readout);

  if (typeof axis.statusQuo === 'number') {
    const at = (clamp(axis.statusQuo, -1, 1) + 1) / 2;
    const label = axis.statusQuoLabel || t('axis.statusQuo');
    const mark = h('div', { class: 'status-quo-mark', 'aria-hidden': 'true' }, h('span', {}, userText(label)));
    mark.style.setProperty('--at', String(at));
    // Keep the label inside the card near either end of the track.
    mark.dataset.align = at < 0.2 ? 'start' : at > 0.8 ? 'end' : 'middle';
    track.append(mark);
    readout.before(h('p', { class: 'visually-hidden' }, t('position.statusQuoAt', { label: isolate(label), value: signed(axis.statusQuo) })));
  }

  let touched = false;
  const listeners = [];
  const render = () => {
    const value = Number(input.value);
    element.classList.toggle('untouched', !touched);
    replaceContent(readout, touched ? describePosition(value, axis) : t('position.untouched'));
    input.setAttribute('aria-valuetext', touched ? describePosition(value, axis, true) : t('position.untouchedShort'));
  };
  input.addEventListener('input', () => {
    touched = true;
    render();
    listeners.forEach((fn) => fn());
  });
  render();

  return {
    element,
    read() {
      return touched ? { ok: true, value: { position: Number(input.value) } } : { ok: false, message: t('answer.moveSlider') };
    },
    write(answer) {
      if (typeof answer?.position !== 'number') return;
      input.value = String(answer.position);
      touched = true;
      render();
    },
    setDisabled(flag) {
      input.disabled = flag;
    },
    onChange(fn) {
      listeners.push(fn);
    },
  };
}

/** The control for a question; labelledBy is the id of the element holding the prompt. */
export function createAnswerInput(question, labelledBy) {
  switch (question.kind) {
    case 'likert':
    case 'singleChoice':
      return createChoiceList(question, 'radio');
    case 'multipleChoice':
      return createChoiceList(question, 'checkbox');
    case 'position':
      return createPositionInput(question, labelledBy);
    case 'ranking':
      return createRankingInput(question);
    default:
      return null;
  }
}
