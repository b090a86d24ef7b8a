// The weighting selector of the moderator console. Every meter update carries all three schemes, so a
// change redraws at once from the meters already held; the PUT only makes the choice the session's.
import { clearProblem, putJson, sessionPath, showProblem } from './api.js';
import { h, uid } from './dom.js';
import { SCHEMES } from './labels.js';

/** Returns { element, update(session) }; onSchemeChange(scheme) runs on every change, local or remote. */
export function createWeightingPanel(code, onSchemeChange) {
  const name = uid('scheme');
  let scheme = null;
  let saving = 0; // while our own PUT is under way, an older session event must not flip the radios back
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const radios = new Map();
  const weightInputs = new Map();
  const weightsBox = h('div', { class: 'custom-weights', hidden: true });

  const choices = h('div', { class: 'segmented' }, SCHEMES.map((option) => {
    const input = h('input', { type: 'radio', name, value: option.code });
    radios.set(option.code, input);
    input.addEventListener('change', () => choose(option.code));
    return h('label', { class: 'segment' }, input,
      h('span', {}, h('strong', {}, option.name), h('span', { class: 'segment-help' }, `: ${option.help}`)));
  }));

  const element = h('section', { class: 'card weighting', 'aria-labelledby': 'weighting-heading' },
    h('fieldset', {},
      h('legend', { id: 'weighting-heading' }, 'Weighting'),
      choices),
    weightsBox,
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
      await putJson(sessionPath(code, 'weighting'), { scheme: next });
    } catch (error) {
      showProblem(problemBox, error);
      show(previous);
    } finally {
      saving -= 1;
    }
  }

  async function saveWeight(group, input, note) {
    const weight = Number(input.value);
    if (input.value.trim() === '' || !(weight >= 0)) {
      note.textContent = 'Enter a number of 0 or more.';
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    note.textContent = 'Saving\u2026';
    try {
      await putJson(sessionPath(code, 'groups', group.code, 'weight'), { weight });
      note.textContent = 'Saved';
    } catch (error) {
      note.textContent = '';
      showProblem(problemBox, error);
    }
  }

  function renderWeights(groups) {
    for (const group of groups) {
      let entry = weightInputs.get(group.code);
      if (!entry) {
        const input = h('input', { type: 'number', min: '0', step: '0.1', inputmode: 'decimal', class: 'weight-input' });
        const note = h('span', { class: 'weight-note muted', 'aria-live': 'polite' });
        input.addEventListener('change', () => saveWeight(group, input, note));
        entry = { input, row: h('label', { class: 'weight-row' }, h('span', {}, group.name), input, note) };
        weightInputs.set(group.code, entry);
        weightsBox.append(entry.row);
      }
      // Never overwrite a number the moderator is typing.
      if (document.activeElement !== entry.input) entry.input.value = String(group.weight ?? 1);
    }
  }

  weightsBox.append(h('p', { class: 'help' }, 'Relative weight of each group\u2019s total: 2 counts a group twice as much as 1.'));

  return {
    element,
    update(session) {
      renderWeights(session.groups ?? []);
      if (saving === 0 && session.weighting !== scheme) show(session.weighting);
    },
  };
}
