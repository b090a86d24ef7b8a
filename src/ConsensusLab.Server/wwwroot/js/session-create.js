// /moderate without a code: start a session from a template or from scratch, then open its console.
import { ApiError, clearProblem, getJson, newRequestId, postJson, showProblem } from './api.js';
import { h, uid } from './dom.js';
import { createQuestionBuilder } from './question-builder.js';

function goToConsole(session) {
  location.assign(`/moderate/${encodeURIComponent(session.code)}`);
}

function templatesSection() {
  const list = h('div', { class: 'template-grid' }, h('p', { class: 'loading' }, 'Loading templates\u2026'));
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const section = h('section', { class: 'stack', 'aria-labelledby': 'templates-heading' },
    h('h2', { id: 'templates-heading' }, 'From a template'), problemBox, list);

  async function create(template, button) {
    list.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    button.textContent = 'Creating\u2026';
    clearProblem(problemBox);
    try {
      goToConsole(await postJson('/api/sessions', { template: template.id, requestId: newRequestId() }));
    } catch (error) {
      showProblem(problemBox, error);
      list.querySelectorAll('button').forEach((b) => { b.disabled = false; });
      button.textContent = 'Create from this template';
    }
  }

  getJson('/api/templates').then((templates) => {
    if (!templates?.length) {
      list.replaceChildren(h('p', { class: 'muted' }, 'No templates are installed on this server.'));
      return;
    }
    list.replaceChildren(...templates.map((template) => {
      const headingId = uid('template');
      const button = h('button', { type: 'button', class: 'button primary', 'aria-describedby': headingId }, 'Create from this template');
      button.addEventListener('click', () => create(template, button));
      return h('article', { class: 'card template' },
        h('h3', { id: headingId }, template.title),
        template.description ? h('p', {}, template.description) : null,
        h('p', { class: 'muted' }, `${template.questionCount} question${template.questionCount === 1 ? '' : 's'}`),
        h('div', { class: 'actions' }, button));
    }));
  }).catch((error) => {
    list.replaceChildren();
    showProblem(problemBox, error);
  });
  return section;
}

function scratchSection() {
  const title = h('input', { id: 'new-title', type: 'text', required: true, autocomplete: 'off' });
  const description = h('textarea', { id: 'new-description', rows: '3' });
  const academia = h('input', { id: 'new-academia', type: 'checkbox', 'aria-describedby': 'new-academia-help' });
  const builders = h('div', { class: 'question-builders' });
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Create session');
  const entries = [];

  const renumber = () => entries.forEach((entry, index) => entry.setNumber(index + 1));
  const addQuestion = () => {
    const entry = createQuestionBuilder({
      onRemove(element) {
        entries.splice(entries.indexOf(entry), 1);
        element.remove();
        renumber();
        addButton.focus();
      },
    });
    entries.push(entry);
    builders.append(entry.element);
    renumber();
    return entry;
  };
  const addButton = h('button', { type: 'button', class: 'button secondary' }, 'Add a question');
  addButton.addEventListener('click', () => addQuestion().element.querySelector('select').focus());

  const form = h('form', { class: 'card scratch-form', novalidate: true, 'aria-labelledby': 'scratch-heading' },
    h('h2', { id: 'scratch-heading' }, 'From scratch'),
    h('div', { class: 'field' }, h('label', { for: 'new-title' }, 'Title'), title),
    h('div', { class: 'field' }, h('label', { for: 'new-description' }, 'Description', h('span', { class: 'optional' }, ' (optional)')), description),
    h('div', { class: 'field' },
      h('label', { class: 'checkbox' }, academia, ' Offer Academia as its own stakeholder group'),
      h('p', { class: 'help', id: 'new-academia-help' }, 'Otherwise academics choose Civil Society, as in IGF statistics.')),
    h('h3', {}, 'Questions'),
    builders,
    h('div', { class: 'actions' }, addButton),
    problemBox,
    h('div', { class: 'actions' }, submit));
  addQuestion();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(problemBox);
    if (!title.value.trim()) {
      showProblem(problemBox, new ApiError({ title: 'Give the session a title.' }));
      title.focus();
      return;
    }
    if (entries.length === 0) {
      showProblem(problemBox, new ApiError({ title: 'Add at least one question.' }));
      addButton.focus();
      return;
    }
    const questions = [];
    for (const [index, entry] of entries.entries()) {
      const result = entry.read(`q${index + 1}`);
      if (!result.ok) {
        result.control.focus();
        return;
      }
      questions.push(result.question);
    }
    submit.disabled = true;
    submit.textContent = 'Creating\u2026';
    try {
      goToConsole(await postJson('/api/sessions', {
        requestId: newRequestId(),
        title: title.value.trim(),
        description: description.value.trim(),
        includeAcademia: academia.checked,
        questions,
      }));
    } catch (error) {
      showProblem(problemBox, error);
      submit.disabled = false;
      submit.textContent = 'Create session';
    }
  });
  return form;
}

export function startCreate(main) {
  document.title = 'Start a session \u2013 ConsensusLab';
  main.replaceChildren(
    h('section', { class: 'intro' },
      h('h1', {}, 'Start a session'),
      h('p', { class: 'lead' }, 'Create a session from a ready-made template, or write your own questions. You open it for participants from its console.')),
    templatesSection(),
    scratchSection());
}
