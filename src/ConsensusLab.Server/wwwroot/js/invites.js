// Invite codes: the moderator hands out codes per stakeholder group, so a participant's group is
// verified rather than self-declared. With "require invite codes" on, joining needs one.
import { clearProblem, postJson, sessionPath, showProblem } from './api.js';
import { h, isolate, replaceContent, uid, userText } from './dom.js';
import { t, tn, tParts } from './i18n.js';
import { groupName } from './labels.js';

/** Returns { element, update(session) }; moderator: { key(), rejected(error) }. */
export function createInvitePanel(code, moderator) {
  const groupId = uid('invite-group');
  const countId = uid('invite-count');
  const groupSelect = h('select', { id: groupId });
  const count = h('input', { id: countId, type: 'number', min: '1', max: '500', step: '1', value: '10', inputmode: 'numeric' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, t('invites.generate'));
  const mode = h('p', { class: 'help' });
  const verified = h('p', { class: 'muted' });
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const output = h('div', { class: 'invite-output', 'aria-live': 'polite' });

  const form = h('form', { class: 'card invites', 'aria-labelledby': 'invites-heading', novalidate: true },
    h('h2', { id: 'invites-heading' }, t('invites.heading')),
    mode,
    h('div', { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { for: groupId }, t('invites.group')), groupSelect),
      h('div', { class: 'field' }, h('label', { for: countId }, t('invites.count')), count)),
    h('div', { class: 'actions' }, submit),
    verified,
    problemBox,
    output);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const howMany = Number(count.value);
    if (!Number.isInteger(howMany) || howMany < 1 || howMany > 500) {
      count.setAttribute('aria-invalid', 'true');
      showProblem(problemBox, { message: t('invites.countInvalid') });
      count.focus();
      return;
    }
    count.removeAttribute('aria-invalid');
    clearProblem(problemBox);
    submit.disabled = true;
    try {
      const result = await postJson(sessionPath(code, 'invites'), { group: groupSelect.value, count: howMany }, { moderatorKey: moderator.key() });
      const codes = result?.codes ?? [];
      const textId = uid('codes');
      const groupLabel = groupSelect.selectedOptions[0]?.textContent ?? groupSelect.value;
      output.replaceChildren(
        h('label', { for: textId }, tn('invites.generated', codes.length, { group: groupLabel })),
        h('textarea', { id: textId, readonly: 'readonly', rows: String(Math.min(10, Math.max(3, codes.length))), class: 'invite-codes' }, codes.join('\n')));
    } catch (error) {
      if (!moderator.rejected(error)) showProblem(problemBox, error);
    } finally {
      submit.disabled = false;
    }
  });

  return {
    element: form,
    update(session) {
      mode.textContent = session.requireInvites ? t('invites.required') : t('invites.optional');
      const wanted = (session.groups ?? []).map((g) => g.code).join('\n');
      if (groupSelect.dataset.groups !== wanted) {
        const selected = groupSelect.value;
        groupSelect.replaceChildren(...(session.groups ?? []).map((g) => h('option', { value: g.code, selected: g.code === selected }, isolate(groupName(g)))));
        groupSelect.dataset.groups = wanted;
      }
      const names = (session.groups ?? []).filter((g) => g.verified).map((g) => userText(groupName(g)));
      replaceContent(verified, names.length ? tParts('invites.verified', { groups: names.flatMap((name, i) => (i ? [', ', name] : [name])) }) : null);
    },
  };
}
