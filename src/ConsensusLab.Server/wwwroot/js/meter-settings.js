// The moderator's meter settings: confidence level, the Delphi rule (share agreeing, IQR bound) and Esteban–Ray α.
// They change the figures themselves, so the meters follow the server's next update rather than redrawing locally.
// One save sends all four: the request replaces the settings, and an empty IQR field means the default (k − 1)/4.
import { putJson, sessionPath } from './api.js';
import { h, uid } from './dom.js';
import { number } from './format.js';
import { t } from './i18n.js';
import { createRakingForm } from './raking-settings.js';
import { saveSettings } from './settings-save.js';

const FIELDS = [
  { key: 'confidence', min: '0.51', max: '0.999', step: 'any', fallback: 0.95, digits: 2 },
  { key: 'delphiAgreeShare', min: '0.5', max: '1', step: 'any', fallback: 0.7, digits: 2 },
  { key: 'delphiMaximumInterquartileRange', min: '0', step: 'any', fallback: null, digits: 2 },
  { key: 'estebanRayAlpha', min: '0', max: '1.6', step: 'any', fallback: 1.3, digits: 1 },
];

/** Returns { element, update(session) }; moderator as for the weighting panel. */
export function createMeterSettingsPanel(code, moderator) {
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const note = h('span', { class: 'weight-note muted', 'aria-live': 'polite' });
  const inputs = new Map();
  let dirty = false; // never overwrite what the moderator is typing with a session event
  let saving = false;

  const rows = FIELDS.map((field) => {
    const id = uid('setting');
    const input = h('input', { id, type: 'number', min: field.min, max: field.max, step: field.step, inputmode: 'decimal',
      class: 'weight-input', 'data-setting': field.key });
    input.addEventListener('input', () => { dirty = true; note.textContent = ''; });
    inputs.set(field.key, input);
    const fallback = field.fallback === null ? t('settings.iqrDefault') : number(field.fallback, field.digits);
    return h('div', { class: 'weight-row' },
      h('label', { for: id }, t(`settings.${field.key}`)),
      input,
      h('span', { class: 'weight-note muted' }, t('settings.default', { value: fallback })));
  });

  const save = h('button', { type: 'submit', class: 'button' }, t('settings.save'));
  const form = h('form', { class: 'meter-settings' }, rows, h('div', { class: 'status-row' }, save, note));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(FIELDS.map((field) => {
      const text = inputs.get(field.key).value.trim();
      return [field.key, text === '' ? field.fallback : Number(text)];
    }));
    saving = true;
    if (await saveSettings({ button: save, note, problemBox, moderator,
      send: () => putJson(sessionPath(code, 'meter-settings'), body, { moderatorKey: moderator.key() }) })) dirty = false;
    saving = false;
  });

  const raking = createRakingForm(code, moderator);
  const element = h('section', { class: 'card meter-settings-panel', 'aria-labelledby': 'settings-heading' },
    h('h2', { id: 'settings-heading' }, t('settings.heading')),
    h('p', { class: 'help' }, t('settings.help')),
    form,
    problemBox,
    raking.element);

  return {
    element,
    update(session) {
      raking.update(session);
      const settings = session.meterSettings;
      if (!settings || dirty || saving) return;
      for (const field of FIELDS) {
        const value = settings[field.key];
        inputs.get(field.key).value = value === null || value === undefined ? '' : String(value);
      }
    },
  };
}
