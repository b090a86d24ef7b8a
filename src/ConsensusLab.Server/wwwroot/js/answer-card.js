// One question as a participant sees it: the prompt, the control for its kind, a submit button and a
// clear confirmation once the server has counted the answer. Answering again replaces the answer.
import { ApiError, clearProblem, getJson, newRequestId, postJson, sessionPath, showProblem } from './api.js';
import { h, uid } from './dom.js';
import { timeOfDay } from './format.js';
import { KIND_INSTRUCTIONS, KIND_LABELS } from './labels.js';
import { createAnswerInput } from './answer-inputs.js';

/**
 * context: { code, number (1-based position in the session), getToken(), onUnauthorized() }.
 * Returns { element, update(question), prefill() }.
 */
export function createAnswerCard(question, context) {
  const promptId = uid('prompt');
  const control = createAnswerInput(question, promptId);
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Submit answer');
  const confirmation = h('p', { class: 'confirmation', role: 'status' });
  const closedNote = h('p', { class: 'closed-note', hidden: true }, 'This question is closed: answers can no longer be changed.');
  const problemBox = h('div', { class: 'problem-box', hidden: true });

  const element = h('form', { class: 'card question-card', 'aria-labelledby': promptId, novalidate: true },
    h('p', { class: 'eyebrow' }, `Question ${context.number} \u00b7 ${KIND_LABELS[question.kind] ?? question.kind}`),
    h('fieldset', {},
      h('legend', { id: promptId, class: 'prompt' }, question.prompt),
      h('p', { class: 'hint' }, KIND_INSTRUCTIONS[question.kind] ?? ''),
      control ? control.element : h('p', {}, 'This kind of question cannot be answered on this page yet.')),
    h('div', { class: 'actions' }, submit),
    confirmation,
    closedNote,
    problemBox);

  let answeredAt = null; // when the server recorded the answer that currently counts
  let changedSinceAnswer = false;
  let touched = false;
  let sending = false;
  let open = question.status === 'open';
  // Retrying the very same answer after a lost response reuses its request id, so it cannot count twice.
  let pending = null;

  function render() {
    submit.disabled = !control || !open || sending;
    submit.textContent = sending ? 'Sending\u2026' : answeredAt ? 'Replace my answer' : 'Submit answer';
    control?.setDisabled(!open);
    closedNote.hidden = open;
    element.classList.toggle('is-answered', Boolean(answeredAt) && !changedSinceAnswer);
    if (!answeredAt) {
      confirmation.textContent = '';
    } else if (changedSinceAnswer) {
      confirmation.textContent = `Your earlier answer (counted at ${timeOfDay(answeredAt)}) still counts. Submit to replace it.`;
    } else {
      confirmation.textContent = `\u2713 Your answer counted at ${timeOfDay(answeredAt)}.${open ? ' You can change it while the question is open.' : ''}`;
    }
  }

  control?.onChange(() => {
    touched = true;
    pending = null;
    if (answeredAt) changedSinceAnswer = true;
    clearProblem(problemBox);
    render();
  });

  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!control || sending) return;
    const reading = control.read();
    if (!reading.ok) {
      showProblem(problemBox, new ApiError({ title: reading.message }));
      return;
    }
    const answerJson = JSON.stringify(reading.value);
    if (pending?.answerJson !== answerJson) pending = { answerJson, requestId: newRequestId() };

    sending = true;
    clearProblem(problemBox);
    render();
    try {
      const result = await postJson(sessionPath(context.code, 'questions', question.id, 'answers'),
        { requestId: pending.requestId, ...reading.value }, { token: context.getToken() });
      answeredAt = result?.recordedAt ? new Date(result.recordedAt) : new Date();
      changedSinceAnswer = false;
      pending = null;
    } catch (error) {
      if (error instanceof ApiError && error.isUnauthorized) {
        context.onUnauthorized();
        return;
      }
      showProblem(problemBox, error);
    } finally {
      sending = false;
      render();
    }
  });

  render();

  return {
    element,
    /** Follows the question's status from the live channel. */
    update(next) {
      open = next.status === 'open';
      render();
    },
    /** Loads this participant's current answer, so a returning phone shows what already counts. */
    async prefill() {
      try {
        const mine = await getJson(sessionPath(context.code, 'questions', question.id, 'answers', 'mine'),
          { token: context.getToken() });
        if (!mine?.answer) return;
        // Never overwrite what the participant started changing while the request was under way.
        if (!touched) control?.write(mine.answer);
        answeredAt = mine.recordedAt ? new Date(mine.recordedAt) : new Date();
        changedSinceAnswer = touched;
        render();
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return; // not answered yet
        if (error instanceof ApiError && error.isUnauthorized) {
          context.onUnauthorized();
          return;
        }
        showProblem(problemBox, error);
      }
    },
  };
}
