// One question in the "create from scratch" form: kind, prompt and the fields its kind needs.
// Likert questions send their point labels as options, so the server stores exactly what participants see.
import { h, uid } from './dom.js';
import { DEFAULT_AXIS, LIKERT_POINTS } from './labels.js';

const KINDS = [
  { value: 'likert5', label: 'Agree or disagree, 5 points' },
  { value: 'likert7', label: 'Agree or disagree, 7 points' },
  { value: 'position', label: 'Position on an axis (\u22121 to +1)' },
  { value: 'singleChoice', label: 'Single choice' },
  { value: 'multipleChoice', label: 'Multiple choice' },
  { value: 'ranking', label: 'Ranking' },
];

function field(label, control, help) {
  const id = control.id || (control.id = uid('field'));
  const helpId = help ? uid('help') : null;
  if (helpId) control.setAttribute('aria-describedby', helpId);
  return h('div', { class: 'field' }, h('label', { for: id }, label), help ? h('p', { class: 'help', id: helpId }, help) : null, control);
}

/** Returns { element, setNumber(n), read(id) → { ok, question } | { ok: false, message, control } }. */
export function createQuestionBuilder({ onRemove }) {
  const kind = h('select', {}, KINDS.map((k) => h('option', { value: k.value }, k.label)));
  const prompt = h('textarea', { rows: '2', required: true });
  const options = h('textarea', { rows: '4' });
  const left = h('input', { type: 'text', value: DEFAULT_AXIS.left });
  const right = h('input', { type: 'text', value: DEFAULT_AXIS.right });
  const statusQuo = h('input', { type: 'number', min: '-1', max: '1', step: '0.01', inputmode: 'decimal' });
  const statusQuoLabel = h('input', { type: 'text', placeholder: 'Status quo' });
  const legendText = h('span', {}, 'Question');
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });

  const optionsField = field('Options, one per line', options, 'For a ranking, these are the items to put in order.');
  const axisFields = h('div', { class: 'axis-fields' },
    h('div', { class: 'field-row' }, field('Left end (\u22121)', left), field('Right end (+1)', right)),
    h('div', { class: 'field-row' },
      field('Status quo (optional)', statusQuo, 'A number from \u22121 to +1, marked on the axis.'),
      field('Status-quo label', statusQuoLabel)));

  const element = h('fieldset', { class: 'question-builder' },
    h('legend', {}, legendText),
    field('Kind', kind),
    field('Prompt', prompt),
    optionsField,
    axisFields,
    error,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button secondary small', onclick: () => onRemove(element) }, 'Remove this question')));

  const showKindFields = () => {
    const value = kind.value;
    optionsField.hidden = !['singleChoice', 'multipleChoice', 'ranking'].includes(value);
    axisFields.hidden = value !== 'position';
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
      legendText.textContent = `Question ${number}`;
    },
    read(id) {
      error.hidden = true;
      const text = prompt.value.trim();
      if (!text) return fail('Write the question\u2019s prompt.', prompt);
      const question = { id, prompt: text, options: [], axis: null };
      switch (kind.value) {
        case 'likert5':
        case 'likert7':
          return { ok: true, question: { ...question, kind: 'likert', options: LIKERT_POINTS[kind.value === 'likert7' ? 7 : 5] } };
        case 'position': {
          const raw = statusQuo.value.trim();
          const point = raw === '' ? null : Number(raw);
          if (point !== null && !(point >= -1 && point <= 1)) return fail('The status quo must be a number from \u22121 to +1.', statusQuo);
          if (!left.value.trim() || !right.value.trim()) return fail('Label both ends of the axis.', left.value.trim() ? right : left);
          return {
            ok: true,
            question: {
              ...question, kind: 'position',
              axis: { left: left.value.trim(), right: right.value.trim(), statusQuo: point, statusQuoLabel: point === null ? null : statusQuoLabel.value.trim() || null },
            },
          };
        }
        default: {
          const lines = options.value.split('\n').map((line) => line.trim()).filter(Boolean);
          if (lines.length < 2) return fail('Give at least two options, one per line.', options);
          if (new Set(lines).size !== lines.length) return fail('Each option must be different.', options);
          return { ok: true, question: { ...question, kind: kind.value, options: lines } };
        }
      }
    },
  };
}
