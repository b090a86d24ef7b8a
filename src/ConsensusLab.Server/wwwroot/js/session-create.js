// /moderate without a code: start a session from a template or from scratch, then open its console.
// The server answers 201 with { session, moderatorKey, viewKey }: the keys are shown only this once, so
// they are kept in this browser before leaving for the console (an older server answers with the bare
// SessionView and no keys; that still works).
import { ApiError, clearProblem, getJson, newRequestId, postJson, putJson, sessionPath, showProblem } from './api.js';
import { h, uid, userText } from './dom.js';
import { t, tn } from './i18n.js';
import { saveModeratorKey, saveViewKey } from './keys.js';
import { createQuestionBuilder } from './question-builder.js';
import { createGroupEditor, createSetupOptions } from './session-setup.js';

const creationKeyStorage = 'consensuslab:creation-key';

/**
 * Posts the definition. A public server creates sessions only for holders of its creation key (401 without it, 403
 * with another): the moderator is asked for it once, and this tab keeps it for the next session.
 */
async function postSession(definition) {
  for (;;) {
    const creationKey = sessionStorage.getItem(creationKeyStorage) || undefined;
    try {
      return await postJson('/api/sessions', definition, { creationKey });
    } catch (error) {
      if (!(error instanceof ApiError) || !error.isUnauthorized) throw error;
      sessionStorage.removeItem(creationKeyStorage);
      const entered = window.prompt(t('create.creationKeyPrompt'))?.trim();
      if (!entered) throw error;
      sessionStorage.setItem(creationKeyStorage, entered);
    }
  }
}

/** Creates the session, keeps its keys, applies the weighting, and opens the console. */
async function createSession(body, options) {
  const created = await postSession({
    ...body, requestId: newRequestId(), requireInvites: options.requireInvites, privacyThreshold: options.privacyThreshold,
  });
  const session = created?.session ?? created;
  const moderatorKey = created?.moderatorKey ?? null;
  if (moderatorKey) saveModeratorKey(session.code, moderatorKey);
  if (created?.viewKey) saveViewKey(session.code, created.viewKey);
  if (options.weighting && options.weighting !== session.weighting) {
    // Best effort: the console shows the weighting and lets the moderator change it again.
    await putJson(sessionPath(session.code, 'weighting'), { scheme: options.weighting }, { moderatorKey }).catch(() => null);
  }
  location.assign(`/moderate/${encodeURIComponent(session.code)}`);
}

function templatesSection(readOptions) {
  const list = h('div', { class: 'template-grid' }, h('p', { class: 'loading' }, t('create.loadingTemplates')));
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const section = h('section', { class: 'stack', 'aria-labelledby': 'templates-heading' },
    h('h2', { id: 'templates-heading' }, t('create.fromTemplate')), problemBox, list);

  async function create(template, button) {
    const options = readOptions();
    if (!options.ok) {
      options.control.focus();
      return;
    }
    list.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    button.textContent = t('create.creating');
    clearProblem(problemBox);
    try {
      await createSession({ template: template.id }, options);
    } catch (error) {
      showProblem(problemBox, error);
      list.querySelectorAll('button').forEach((b) => { b.disabled = false; });
      button.textContent = t('create.fromThisTemplate');
    }
  }

  getJson('/api/templates').then((templates) => {
    if (!templates?.length) {
      list.replaceChildren(h('p', { class: 'muted' }, t('create.noTemplates')));
      return;
    }
    list.replaceChildren(...templates.map((template) => {
      const headingId = uid('template');
      const button = h('button', { type: 'button', class: 'button primary', 'aria-describedby': headingId }, t('create.fromThisTemplate'));
      button.addEventListener('click', () => create(template, button));
      return h('article', { class: 'card template' },
        h('h3', { id: headingId }, userText(template.title)),
        template.description ? h('p', {}, userText(template.description)) : null,
        h('p', { class: 'muted' }, tn('create.questionCount', template.questionCount)),
        h('div', { class: 'actions' }, button));
    }));
  }).catch((error) => {
    list.replaceChildren();
    showProblem(problemBox, error);
  });
  return section;
}

function scratchSection(readOptions) {
  const title = h('input', { id: 'new-title', type: 'text', required: true, autocomplete: 'off' });
  const description = h('textarea', { id: 'new-description', rows: '3' });
  const groupEditor = createGroupEditor();
  const builders = h('div', { class: 'question-builders' });
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary' }, t('create.submit'));
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
  const addButton = h('button', { type: 'button', class: 'button secondary' }, t('create.addQuestion'));
  addButton.addEventListener('click', () => addQuestion().element.querySelector('select').focus());

  const form = h('form', { class: 'card scratch-form', novalidate: true, 'aria-labelledby': 'scratch-heading' },
    h('h2', { id: 'scratch-heading' }, t('create.fromScratch')),
    h('div', { class: 'field' }, h('label', { for: 'new-title' }, t('create.title')), title),
    h('div', { class: 'field' }, h('label', { for: 'new-description' }, t('create.description'),
      h('span', { class: 'optional' }, ` ${t('form.optional')}`)), description),
    groupEditor.element,
    h('h3', {}, t('create.questions')),
    builders,
    h('div', { class: 'actions' }, addButton),
    problemBox,
    h('div', { class: 'actions' }, submit));
  addQuestion();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(problemBox);
    const options = readOptions();
    if (!options.ok) {
      options.control.focus();
      return;
    }
    if (!title.value.trim()) {
      showProblem(problemBox, new ApiError({ title: t('create.titleMissing') }));
      title.focus();
      return;
    }
    const groups = groupEditor.read();
    if (!groups.ok) {
      showProblem(problemBox, new ApiError({ title: groups.message }));
      groups.control.focus();
      return;
    }
    if (entries.length === 0) {
      showProblem(problemBox, new ApiError({ title: t('create.questionsMissing') }));
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
    submit.textContent = t('create.creating');
    try {
      await createSession({
        title: title.value.trim(),
        description: description.value.trim(),
        includeAcademia: groups.includeAcademia,
        groups: groups.groups,
        questions,
      }, options);
    } catch (error) {
      showProblem(problemBox, error);
      submit.disabled = false;
      submit.textContent = t('create.submit');
    }
  });
  return form;
}

export function startCreate(main) {
  document.title = `${t('create.heading')} \u2013 ConsensusLab`;
  const options = createSetupOptions();
  main.replaceChildren(
    h('section', { class: 'intro' },
      h('h1', {}, t('create.heading')),
      h('p', { class: 'lead' }, t('create.lead'))),
    options.element,
    templatesSection(options.read),
    scratchSection(options.read));
}
