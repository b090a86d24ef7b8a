// The moderator's choice of what the projector shows: automatically the question opened last, one question, or
// the join screen (QR code and code only). The choice is kept with the session (PUT …/projector) and reaches
// every projector through the live channel; the line under it says what the screen shows now, as the server
// resolved it, so "automatic" is never a guess on this page.
import { clearProblem, putJson, sessionPath, showProblem } from './api.js';
import { h, isolate, uid } from './dom.js';
import { t } from './i18n.js';

const AUTOMATIC = 'automatic';
const JOIN = 'join';

export function createProjectorControl(code, moderator) {
  const id = uid('projector');
  const select = h('select', { id, 'aria-describedby': `${id}-help ${id}-now` });
  const now = h('p', { id: `${id}-now`, class: 'projector-now', 'data-projector-screen': '' });
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  let session = null;

  select.addEventListener('change', async () => {
    clearProblem(problemBox);
    const value = select.value;
    const body = value === AUTOMATIC || value === JOIN ? { mode: value } : { mode: 'question', questionId: value.slice(2) };
    select.disabled = true;
    try {
      await putJson(sessionPath(code, 'projector'), body, { moderatorKey: moderator.key() });
    } catch (error) {
      if (!moderator.rejected(error)) showProblem(problemBox, error);
      if (session) update(session);
    } finally {
      select.disabled = false;
    }
  });

  const element = h('div', { class: 'field projector-control' },
    h('label', { for: id }, t('console.projector')),
    h('p', { class: 'help', id: `${id}-help` }, t('console.projectorHelp')),
    select, now, problemBox);

  /** Rebuilds the options (question prompts may change) and shows the session's choice and screen. */
  function update(next) {
    session = next;
    const projector = session.projector ?? { mode: AUTOMATIC };
    // Question values carry a prefix so that a question whose id is "join" or "automatic" stays a question.
    const options = [
      h('option', { value: AUTOMATIC }, t('console.projectorAutomatic')),
      h('option', { value: JOIN }, t('console.projectorJoin')),
      ...session.questions.map((q, index) => h('option', { value: `q:${q.id}` },
        t('console.projectorQuestion', { number: index + 1, prompt: isolate(q.prompt) }))),
    ];
    select.replaceChildren(...options);
    select.value = projector.mode === 'question' ? `q:${projector.questionId}` : projector.mode;
    const shown = session.questions.findIndex((q) => q.id === projector.questionId);
    now.dataset.projectorScreen = projector.screen ?? '';
    now.textContent = projector.screen === 'question' && shown >= 0
      ? t('console.projectorNow', { number: shown + 1 })
      : t('console.projectorNowJoin');
  }

  return { element, update };
}
