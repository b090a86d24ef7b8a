// The moderator's raking: respondent weights balanced on stakeholder group and UN regional group (and gender) for the
// recomputed view and the exports. The live meters stay on the group weights (a tally keeps counts per group only),
// so saving does not change the cards; the form shows what raking cost (Kish's design effect) per question, or why the
// room cannot be balanced, from the recomputed view.
import { getJson, putJson, sessionPath, showProblem } from './api.js';
import { saveSettings } from './settings-save.js';
import { h, replaceContent, uid, userText } from './dom.js';
import { number } from './format.js';
import { t } from './i18n.js';
import { genderLabel, groupNameByCode } from './labels.js';

const OPTIONS = [
  { key: 'tolerance', min: '0', max: '0.01', fallback: 1e-6 },
  { key: 'maxIterations', min: '1', max: '1000', fallback: 100 },
  { key: 'trimLower', min: '0', max: '1', fallback: null },
  { key: 'trimUpper', min: '1', fallback: null },
];

const numberInput = (attributes) => h('input', { type: 'number', step: 'any', inputmode: 'decimal', class: 'weight-input', ...attributes });

/** Shares keyed by code; every field empty means equal shares (null), otherwise an empty field is 0. */
function sharesOf(inputs) {
  const entries = [...inputs].map(([code, input]) => [code, input.value.trim()]);
  if (entries.every(([, text]) => text === '')) return null;
  return Object.fromEntries(entries.map(([code, text]) => [code, text === '' ? 0 : Number(text)]));
}

/** Returns { element, update(session) }: a part of the Settings panel. */
export function createRakingForm(code, moderator) {
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const note = h('span', { class: 'weight-note muted', 'aria-live': 'polite' });
  const outcome = h('ul', { class: 'raking-outcome muted', 'data-figure': 'raking-outcome', 'aria-live': 'polite' });
  const enabled = h('input', { type: 'checkbox', id: uid('raking'), 'data-setting': 'enabled' });
  const gender = h('input', { type: 'checkbox', id: uid('raking'), 'data-setting': 'includeGender' });
  const margins = { groupShares: new Map(), regionShares: new Map(), genderShares: new Map() };
  const marginBoxes = Object.fromEntries(Object.keys(margins).map((key) => [key, h('fieldset', { class: 'raking-margin' })]));
  const options = new Map(OPTIONS.map((option) => [option.key, numberInput({ id: uid('raking'), min: option.min, max: option.max,
    'data-setting': option.key })]));
  let dirty = false;
  let saving = false;
  let built = false;

  const touched = () => { dirty = true; note.textContent = ''; };
  for (const input of [enabled, gender, ...options.values()]) input.addEventListener('input', touched);

  function buildMargin(key, codes, label) {
    margins[key].clear();
    replaceContent(marginBoxes[key], h('legend', {}, t(`raking.${key}`)), codes.map((category) => {
      const input = numberInput({ id: uid('share'), min: '0', 'data-share': category });
      input.addEventListener('input', touched);
      margins[key].set(category, input);
      return h('div', { class: 'weight-row' }, h('label', { for: input.id }, userText(label(category))), input);
    }));
  }

  async function showOutcome() {
    replaceContent(outcome);
    try {
      const recomputed = await getJson(sessionPath(code, 'recompute'), { moderatorKey: moderator.key() });
      const lines = recomputed.questions.filter((q) => q.survey?.raking).map((q) => {
        const { raking } = q.survey;
        return h('li', { 'data-question': q.questionId }, raking.problem && raking.designEffect === null
          ? t('raking.problem', { question: q.questionId, problem: raking.problem })
          : t('raking.outcome', { question: q.questionId, deff: number(raking.designEffect, 2), iterations: raking.iterations }));
      });
      replaceContent(outcome, lines.length > 0 ? lines : h('li', {}, t('raking.none')));
    } catch (error) {
      if (!moderator.rejected(error)) showProblem(problemBox, error);
    }
  }

  const save = h('button', { type: 'submit', class: 'button' }, t('raking.save'));
  const form = h('form', { class: 'raking-settings' },
    h('h3', {}, t('raking.heading')),
    h('p', { class: 'help' }, t('raking.help')),
    h('div', { class: 'status-row' }, enabled, h('label', { for: enabled.id }, t('raking.enabled'))),
    h('div', { class: 'status-row' }, gender, h('label', { for: gender.id }, t('raking.includeGender'))),
    Object.values(marginBoxes),
    OPTIONS.map((option) => h('div', { class: 'weight-row' },
      h('label', { for: options.get(option.key).id }, t(`raking.${option.key}`)), options.get(option.key))),
    h('div', { class: 'status-row' }, save, note),
    outcome);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { enabled: enabled.checked, includeGender: gender.checked,
      ...Object.fromEntries(Object.entries(margins).map(([key, inputs]) => [key, sharesOf(inputs)])),
      ...Object.fromEntries(OPTIONS.map((option) => {
        const text = options.get(option.key).value.trim();
        return [option.key, text === '' ? option.fallback : Number(text)];
      })) };
    saving = true;
    if (await saveSettings({ button: save, note, problemBox, moderator,
      send: () => putJson(sessionPath(code, 'raking'), body, { moderatorKey: moderator.key() }) })) {
      dirty = false;
      if (body.enabled) await showOutcome(); else replaceContent(outcome);
    }
    saving = false;
  });

  return {
    element: h('div', {}, form, problemBox),
    update(session) {
      const raking = session.raking;
      if (!raking || dirty || saving) return;
      if (!built) {
        buildMargin('groupShares', session.groups.map((g) => g.code), (category) => groupNameByCode(session.groups, category));
        buildMargin('regionShares', session.rakingCategories.regions, (category) => category);
        buildMargin('genderShares', session.rakingCategories.genders, genderLabel);
        built = true;
        if (raking.enabled) showOutcome();
      }
      enabled.checked = raking.enabled;
      gender.checked = raking.includeGender;
      for (const [key, inputs] of Object.entries(margins)) {
        for (const [category, input] of inputs) input.value = raking[key]?.[category] ?? '';
      }
      for (const option of OPTIONS) {
        const value = raking[option.key];
        options.get(option.key).value = value === null || value === undefined ? '' : String(value);
      }
    },
  };
}
