// Setup options shared by "from a template" and "from scratch": weighting, invite codes and the privacy
// threshold; and the stakeholder-group editor of the scratch form.
import { h, uid } from './dom.js';
import { t } from './i18n.js';
import { DEFAULT_GROUP_CODES, SCHEME_CODES, groupDescription, groupName, schemeHelp, schemeName } from './labels.js';

export const DEFAULT_PRIVACY_THRESHOLD = 5;

/** Returns { element, read() → { ok, weighting, requireInvites, privacyThreshold } | { ok: false, control } }. */
export function createSetupOptions() {
  const name = uid('scheme');
  const schemes = SCHEME_CODES.map((code) => h('input', { type: 'radio', name, value: code, checked: code === 'equalFooting' }));
  const invites = h('input', { id: 'setup-invites', type: 'checkbox', 'aria-describedby': 'setup-invites-help' });
  const threshold = h('input', {
    id: 'setup-threshold', type: 'number', min: '1', max: '100', step: '1', inputmode: 'numeric',
    value: String(DEFAULT_PRIVACY_THRESHOLD), 'aria-describedby': 'setup-threshold-help',
  });
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const element = h('section', { class: 'card setup-options', 'aria-labelledby': 'setup-heading' },
    h('h2', { id: 'setup-heading' }, t('setup.heading')),
    h('p', { class: 'help' }, t('setup.help')),
    h('fieldset', { class: 'field' },
      h('legend', {}, t('weighting.heading')),
      h('div', { class: 'segmented' }, SCHEME_CODES.map((code, index) => h('label', { class: 'segment' }, schemes[index],
        h('span', {}, h('strong', {}, schemeName(code)), h('span', { class: 'segment-help' }, `: ${schemeHelp(code)}`)))))),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' },
        h('label', { class: 'checkbox' }, invites, ` ${t('setup.requireInvites')}`),
        h('p', { class: 'help', id: 'setup-invites-help' }, t('setup.requireInvitesHelp'))),
      h('div', { class: 'field' },
        h('label', { for: 'setup-threshold' }, t('setup.threshold')),
        h('p', { class: 'help', id: 'setup-threshold-help' }, t('setup.thresholdHelp')),
        threshold, error)));

  return {
    element,
    read() {
      error.hidden = true;
      const value = Number(threshold.value);
      if (!Number.isInteger(value) || value < 1 || value > 100) {
        error.textContent = t('setup.thresholdInvalid');
        error.hidden = false;
        threshold.setAttribute('aria-invalid', 'true');
        return { ok: false, control: threshold };
      }
      threshold.removeAttribute('aria-invalid');
      return {
        ok: true,
        weighting: schemes.find((s) => s.checked)?.value ?? 'equalFooting',
        requireInvites: invites.checked,
        privacyThreshold: value,
      };
    },
  };
}

const ROLL_UPS = ['GOV', 'IGO', 'PS', 'CS', 'TC', 'OTHER'];
const DEFAULT_ROLL_UP = { ACA: 'CS' };

/**
 * A one-line text field that wraps instead of hiding the end of a long group name ("Organisation intergouvernementale"
 * in a narrow column): a textarea that grows with its content, where Enter adds no line break. dir="auto", so a name
 * typed in another script than the page's keeps its own direction.
 */
function wrappingLine(value, label) {
  const field = h('textarea', { class: 'wrapping-line', rows: '1', dir: 'auto', 'aria-label': label, value });
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
  // A pasted line break becomes a space: a name is one line.
  field.addEventListener('input', () => {
    if (field.value.includes('\n')) field.value = field.value.replace(/\s*\n\s*/g, ' ');
  });
  return field;
}

/**
 * The stakeholder groups of a new session: the default catalogue with each group switchable and renamable,
 * plus groups of the event's own that roll up to one of the IGF five for reports. "Other" is always offered.
 * read() → { groups: [] (the untouched default), includeAcademia } or { groups: [...] }.
 */
export function createGroupEditor() {
  const rows = [];
  const list = h('div', { class: 'group-rows' });
  let added = 0;

  function addRow({ code, name, description, rollUp, included, fixed, custom }) {
    const nameInput = wrappingLine(name, t('setup.groupName', { code }));
    const descriptionInput = wrappingLine(description, t('setup.groupDescription', { code }));
    const include = h('input', { type: 'checkbox', checked: included, disabled: fixed, 'aria-label': t('setup.groupInclude', { code }) });
    const rollUpSelect = custom
      ? h('select', { 'aria-label': t('setup.groupRollUp', { code }) }, ROLL_UPS.map((r) => h('option', { value: r, selected: r === rollUp }, t(`group.${r}`))))
      : null;
    const row = { code, nameInput, descriptionInput, include, rollUpSelect, original: { name, description, included }, custom };
    const remove = custom ? h('button', {
      type: 'button', class: 'button secondary small', 'aria-label': t('setup.groupRemove', { code }),
      onclick: () => {
        rows.splice(rows.indexOf(row), 1);
        element.remove();
        addButton.focus();
      },
    }, t('setup.remove')) : null;
    const element = h('div', { class: 'group-row' },
      h('span', { class: 'group-code' }, include, h('code', {}, code)),
      nameInput, descriptionInput, rollUpSelect ?? h('span', { class: 'muted' }, ''), remove ?? h('span'));
    rows.push(row);
    list.append(element);
    return row;
  }

  for (const code of DEFAULT_GROUP_CODES) {
    addRow({
      code, name: groupName({ code, name: '' }), description: groupDescription({ code, name: '' }),
      rollUp: DEFAULT_ROLL_UP[code] ?? code, included: code !== 'ACA', fixed: code === 'OTHER', custom: false,
    });
  }
  const addButton = h('button', { type: 'button', class: 'button secondary small' }, t('setup.addGroup'));
  addButton.addEventListener('click', () => {
    added += 1;
    addRow({ code: `G${added}`, name: '', description: '', rollUp: 'CS', included: true, fixed: false, custom: true }).nameInput.focus();
  });

  const element = h('fieldset', { class: 'field group-editor' },
    h('legend', {}, t('setup.groups')),
    h('p', { class: 'help' }, t('setup.groupsHelp')),
    list,
    h('div', { class: 'actions' }, addButton));

  return {
    element,
    read() {
      const untouched = rows.every((row) => !row.custom
        && row.nameInput.value.trim() === row.original.name && row.descriptionInput.value.trim() === row.original.description
        && (row.code === 'ACA' || row.include.checked === row.original.included));
      if (untouched) return { ok: true, groups: [], includeAcademia: rows.find((r) => r.code === 'ACA').include.checked };
      const chosen = rows.filter((row) => row.include.checked);
      const unnamed = chosen.find((row) => !row.nameInput.value.trim());
      if (unnamed) return { ok: false, control: unnamed.nameInput, message: t('setup.groupUnnamed') };
      return {
        ok: true,
        includeAcademia: chosen.some((row) => row.code === 'ACA'),
        groups: chosen.map((row) => ({
          code: row.code,
          name: row.nameInput.value.trim(),
          description: row.descriptionInput.value.trim(),
          rollUp: row.rollUpSelect?.value ?? DEFAULT_ROLL_UP[row.code] ?? row.code,
        })),
      };
    },
  };
}
