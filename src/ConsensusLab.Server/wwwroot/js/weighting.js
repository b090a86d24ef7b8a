// The weighting selector of the moderator console. Every meter update carries all three schemes, so a
// change redraws at once from the meters already held; the PUT only makes the choice the session's.
import { clearProblem, putJson, sessionPath, showProblem } from './api.js';
import { h, uid, userText } from './dom.js';
import { t } from './i18n.js';
import { SCHEME_CODES, groupName, schemeHelp, schemeName } from './labels.js';
import { createOtherGroupPanel } from './other-group.js';

/**
 * Returns { element, update(session) }; onSchemeChange(scheme) runs on every change, local or remote.
 * moderator: { key() → the moderator key, rejected(error) → true when the key was refused (then handled) }.
 */
export function createWeightingPanel(code, onSchemeChange, moderator) {
  const name = uid('scheme');
  let scheme = null;
  let saving = 0; // while our own PUT is under way, an older session event must not flip the radios back
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const radios = new Map();
  const weightInputs = new Map();
  const weightsBox = h('div', { class: 'custom-weights', hidden: true });
  const other = createOtherGroupPanel(code, moderator);

  const choices = h('div', { class: 'segmented' }, SCHEME_CODES.map((option) => {
    const input = h('input', { type: 'radio', name, value: option });
    radios.set(option, input);
    input.addEventListener('change', () => choose(option));
    return h('label', { class: 'segment' }, input,
      h('span', {}, h('strong', {}, schemeName(option)), h('span', { class: 'segment-help' }, `: ${schemeHelp(option)}`)));
  }));

  const element = h('section', { class: 'card weighting', 'aria-labelledby': 'weighting-heading' },
    h('fieldset', {},
      h('legend', { id: 'weighting-heading' }, t('weighting.heading')),
      choices),
    weightsBox,
    other.element,
    problemBox);

  function show(next) {
    scheme = next;
    const radio = radios.get(next);
    if (radio) radio.checked = true;
    weightsBox.hidden = next !== 'custom';
    onSchemeChange(next);
  }

  async function choose(next) {
    const previous = scheme;
    show(next);
    saving += 1;
    clearProblem(problemBox);
    try {
      await putJson(sessionPath(code, 'weighting'), { scheme: next }, { moderatorKey: moderator.key() });
    } catch (error) {
      if (!moderator.rejected(error)) showProblem(problemBox, error);
      show(previous);
    } finally {
      saving -= 1;
    }
  }

  async function saveWeight(group, input, note) {
    const weight = Number(input.value);
    if (input.value.trim() === '' || !(weight >= 0)) {
      note.textContent = t('weighting.invalid');
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    note.textContent = t('weighting.saving');
    try {
      await putJson(sessionPath(code, 'groups', group.code, 'weight'), { weight }, { moderatorKey: moderator.key() });
      note.textContent = t('weighting.saved');
    } catch (error) {
      note.textContent = '';
      if (!moderator.rejected(error)) showProblem(problemBox, error);
    }
  }

  function renderWeights(groups) {
    for (const group of groups) {
      let entry = weightInputs.get(group.code);
      if (!entry) {
        const input = h('input', { type: 'number', min: '0', step: '0.1', inputmode: 'decimal', class: 'weight-input' });
        const note = h('span', { class: 'weight-note muted', 'aria-live': 'polite' });
        input.addEventListener('change', () => saveWeight(group, input, note));
        entry = { input, row: h('label', { class: 'weight-row' }, h('span', {}, userText(groupName(group))), input, note) };
        weightInputs.set(group.code, entry);
        weightsBox.append(entry.row);
      }
      // Never overwrite a number the moderator is typing.
      if (document.activeElement !== entry.input) entry.input.value = String(group.weight ?? 1);
    }
  }

  weightsBox.append(h('p', { class: 'help' }, t('weighting.help')));

  return {
    element,
    update(session) {
      renderWeights(session.groups ?? []);
      other.update(session);
      if (saving === 0 && session.weighting !== scheme) show(session.weighting);
    },
  };
}
