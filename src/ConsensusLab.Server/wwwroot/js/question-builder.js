// One question in the "create from scratch" form: kind, prompt and the fields its kind needs.
// Likert questions send their point labels as options, so the server stores exactly what participants see.
import { h, uid } from './dom.js';
import { t } from './i18n.js';
import { defaultAxis, likertPoints } from './labels.js';

const KINDS = ['likert5', 'likert7', 'position', 'singleChoice', 'multipleChoice', 'ranking', 'statements'];

function field(label, control, help) {
  const id = control.id || (control.id = uid('field'));
  const helpId = help ? uid('help') : null;
  if (helpId) control.setAttribute('aria-describedby', helpId);
  return h('div', { class: 'field' }, h('label', { for: id }, label), help ? h('p', { class: 'help', id: helpId }, help) : null, control);
}

/** Returns { element, setNumber(n), read(id) → { ok, question } | { ok: false, message, control } }. */
export function createQuestionBuilder({ onRemove }) {
  const kind = h('select', {}, KINDS.map((k) => h('option', { value: k }, t(`builder.kind.${k}`))));
  const prompt = h('textarea', { rows: '2', required: true });
  const options = h('textarea', { rows: '4' });
  const left = h('input', { type: 'text', value: defaultAxis().left });
  const right = h('input', { type: 'text', value: defaultAxis().right });
  const statusQuo = h('input', { type: 'number', min: '-1', max: '1', step: '0.01', inputmode: 'decimal' });
  const statusQuoLabel = h('input', { type: 'text', placeholder: t('axis.statusQuo') });
  const seeds = h('textarea', { rows: '4' });
  const moderation = h('select', {}, ['strict', 'permissive'].map((m) => h('option', { value: m }, t(`builder.moderation.${m}`))));
  const legendText = h('span', {}, t('builder.question', { number: '' }));
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });

  const optionsField = field(t('builder.options'), options, t('builder.optionsHelp'));
  const axisFields = h('div', { class: 'axis-fields' },
    h('div', { class: 'field-row' }, field(t('builder.leftEnd'), left), field(t('builder.rightEnd'), right)),
    h('div', { class: 'field-row' },
      field(t('builder.statusQuo'), statusQuo, t('builder.statusQuoHelp')),
      field(t('builder.statusQuoLabel'), statusQuoLabel)));
  const statementFields = h('div', { class: 'statement-fields' },
    field(t('builder.seeds'), seeds, t('builder.seedsHelp')),
    field(t('builder.moderation'), moderation, t('builder.moderationHelp')));

  const element = h('fieldset', { class: 'question-builder' },
    h('legend', {}, legendText),
    field(t('builder.kind'), kind),
    field(t('builder.prompt'), prompt),
    optionsField,
    axisFields,
    statementFields,
    error,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button secondary small', onclick: () => onRemove(element) }, t('builder.remove'))));

  const showKindFields = () => {
    const value = kind.value;
    optionsField.hidden = !['singleChoice', 'multipleChoice', 'ranking'].includes(value);
    axisFields.hidden = value !== 'position';
    statementFields.hidden = value !== 'statements';
  };
  kind.addEventListener('change', showKindFields);
  showKindFields();

  const fail = (message, control) => {
    error.textContent = message;
    error.hidden = false;
    return { ok: false, message, control };
  };

  return {
    element,
    setNumber(number) {
      legendText.textContent = t('builder.question', { number });
    },
    read(id) {
      error.hidden = true;
      const text = prompt.value.trim();
      if (!text) return fail(t('builder.promptMissing'), prompt);
      const question = { id, prompt: text, options: [], axis: null };
      switch (kind.value) {
        case 'likert5':
        case 'likert7':
          return { ok: true, question: { ...question, kind: 'likert', options: likertPoints(kind.value === 'likert7' ? 7 : 5) } };
        case 'position': {
          const raw = statusQuo.value.trim();
          const point = raw === '' ? null : Number(raw);
          if (point !== null && !(point >= -1 && point <= 1)) return fail(t('builder.statusQuoInvalid'), statusQuo);
          if (!left.value.trim() || !right.value.trim()) return fail(t('builder.endsMissing'), left.value.trim() ? right : left);
          return {
            ok: true,
            question: {
              ...question, kind: 'position',
              axis: { left: left.value.trim(), right: right.value.trim(), statusQuo: point, statusQuoLabel: point === null ? null : statusQuoLabel.value.trim() || null },
            },
          };
        }
        case 'statements': {
          const lines = seeds.value.split('\n').map((line) => line.trim()).filter(Boolean);
          if (new Set(lines).size !== lines.length) return fail(t('builder.optionsDuplicate'), seeds);
          return { ok: true, question: { ...question, kind: 'statements', options: lines, statements: { moderation: moderation.value } } };
        }
        default: {
          const lines = options.value.split('\n').map((line) => line.trim()).filter(Boolean);
          if (lines.length < 2) return fail(t('builder.optionsMissing'), options);
          if (new Set(lines).size !== lines.length) return fail(t('builder.optionsDuplicate'), options);
          return { ok: true, question: { ...question, kind: kind.value, options: lines } };
        }
      }
    },
  };
}
