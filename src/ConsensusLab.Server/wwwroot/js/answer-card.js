// One question as a participant sees it: the prompt, the control for its kind, a submit button and a
// clear confirmation once the server has counted the answer. Answering again replaces the answer.
// In a later round of a Delphi question the card first shows how each stakeholder group answered in the
// round before; once the moderator reveals a question's results, they appear under it.
import { ApiError, clearProblem, getJson, newRequestId, postJson, sessionPath, showProblem } from './api.js';
import { h, replaceContent, uid, userText } from './dom.js';
import { timeOfDay } from './format.js';
import { t } from './i18n.js';
import { kindInstruction, kindLabel } from './labels.js';
import { createAnswerInput } from './answer-inputs.js';
import { distributionTable } from './distributions.js';

/**
 * context: { code, number (1-based position in the session), getToken(), getSession(), onUnauthorized() }.
 * Returns { element, update(question), showMeters(update), prefill() }.
 */
export function createAnswerCard(question, context) {
  const promptId = uid('prompt');
  const control = createAnswerInput(question, promptId);
  const submit = h('button', { type: 'submit', class: 'button primary' }, t('answer.submit'));
  const confirmation = h('p', { class: 'confirmation', role: 'status' });
  const closedNote = h('p', { class: 'closed-note', hidden: true }, t('answer.closed'));
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const eyebrow = h('p', { class: 'eyebrow' });
  const previousRound = h('section', { class: 'previous-round', hidden: true });
  const results = h('section', { class: 'revealed-results', hidden: true });

  const element = h('form', { class: 'card question-card', 'aria-labelledby': promptId, novalidate: true },
    eyebrow,
    h('fieldset', {},
      h('legend', { id: promptId, class: 'prompt' }, userText(question.prompt)),
      previousRound,
      h('p', { class: 'hint' }, kindInstruction(question.kind)),
      control ? control.element : h('p', {}, t('answer.unsupported'))),
    h('div', { class: 'actions' }, submit),
    confirmation,
    closedNote,
    problemBox,
    results);

  let current = question;
  let answeredAt = null; // when the server recorded the answer that currently counts
  let changedSinceAnswer = false;
  let touched = false;
  let sending = false;
  // The server answered 503 (its database is briefly away): the same answer is being sent again.
  let saving = false;
  let open = question.status === 'open';
  let shownRound = 0; // the round whose previous-round distribution is on screen
  // Retrying the very same answer after a lost response reuses its request id, so it cannot count twice.
  let pending = null;

  function render() {
    const round = current.round ?? 1;
    eyebrow.textContent = [t('question.number', { number: context.number }), kindLabel(current.kind),
      round > 1 ? t('question.round', { round }) : null].filter(Boolean).join(' \u00b7 ');
    submit.disabled = !control || !open || sending;
    submit.textContent = saving ? t('answer.saving') : sending ? t('answer.sending') : answeredAt ? t('answer.replace') : t('answer.submit');
    control?.setDisabled(!open);
    closedNote.hidden = open;
    element.classList.toggle('is-answered', Boolean(answeredAt) && !changedSinceAnswer);
    if (!answeredAt) {
      confirmation.textContent = '';
    } else if (changedSinceAnswer) {
      confirmation.textContent = t('answer.earlierCounts', { time: timeOfDay(answeredAt) });
    } else {
      confirmation.textContent = `\u2713 ${t('answer.counted', { time: timeOfDay(answeredAt) })}${open ? ` ${t('answer.canChange')}` : ''}`;
    }
  }

  /** Round N > 1: how each group answered in round N − 1 (public once that round is over). */
  async function showPreviousRound(round) {
    if (round <= 1 || round === shownRound) return;
    shownRound = round;
    const session = context.getSession();
    try {
      const previous = await getJson(sessionPath(context.code, 'questions', question.id, 'rounds', String(round - 1), 'distribution'));
      if (shownRound !== round || !previous) return;
      const headingId = uid('previous');
      previousRound.setAttribute('aria-labelledby', headingId);
      replaceContent(previousRound,
        h('h3', { id: headingId }, t('round.heading', { round, previous: round - 1 })),
        h('p', { class: 'help' }, t('round.help')),
        distributionTable(current, previous, session?.groups ?? [], session?.privacyThreshold));
      previousRound.hidden = false;
    } catch (error) {
      if (shownRound !== round) return;
      replaceContent(previousRound, h('p', { class: 'muted' }, t('round.unavailable', { previous: round - 1 })));
      previousRound.hidden = false;
      console.warn('ConsensusLab: previous round not available', error);
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
      const result = await sendUntilSaved({ requestId: pending.requestId, ...reading.value });
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
      saving = false;
      render();
    }
  });

  /**
   * Posts the answer; while the server answers 503 (it cannot reach its store for a moment, or a silo is handing the
   * question over), waits and sends the same answer again with the same request id, which counts once, for about a minute.
   */
  async function sendUntilSaved(body) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await postJson(sessionPath(context.code, 'questions', question.id, 'answers'), body, { token: context.getToken() });
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 503 || attempt >= 30) throw error;
        saving = true;
        render();
        await new Promise((resolve) => { setTimeout(resolve, 2000); });
      }
    }
  }

  render();
  showPreviousRound(question.round ?? 1);

  return {
    element,
    /** Follows the question's status and round from the live channel. */
    update(next) {
      const newRound = (next.round ?? 1) !== (current.round ?? 1);
      current = next;
      open = next.status === 'open';
      if (newRound) {
        // A new round starts empty: the earlier answer stays in the control as a starting point but no longer counts.
        answeredAt = null;
        changedSinceAnswer = false;
        pending = null;
        results.hidden = true;
        showPreviousRound(next.round ?? 1);
      }
      if (!next.revealed) results.hidden = true;
      render();
    },
    /** A revealed question's live results (a MeterUpdate); the session's weighting decides which figures. */
    showMeters(update) {
      const session = context.getSession();
      if (!current.revealed || !session) return;
      const meters = update?.meters?.[session.weighting] ?? update?.meters?.equalFooting;
      if (!meters?.overall) return;
      const headingId = uid('results');
      results.setAttribute('aria-labelledby', headingId);
      replaceContent(results,
        h('h3', { id: headingId }, t('results.heading')),
        distributionTable(current, { overall: meters.overall, groups: meters.groups }, session.groups ?? [], session.privacyThreshold));
      results.hidden = false;
    },
    /**
     * Loads this participant's current answer, so a returning phone shows what already counts. The server answers 204
     * (null here) before the first answer. The card is aria-busy until the request has settled.
     */
    async prefill() {
      element.setAttribute('aria-busy', 'true');
      try {
        const mine = await getJson(sessionPath(context.code, 'questions', question.id, 'answers', 'mine'),
          { token: context.getToken() });
        if (!mine?.answer) return;
        // Never overwrite what the participant started changing while the request was under way.
        if (!touched) control?.write(mine.answer);
        // An answer from an earlier round is a starting point, not a counted answer of this round.
        if (typeof mine.round === 'number' && mine.round !== (current.round ?? 1)) return;
        answeredAt = mine.recordedAt ? new Date(mine.recordedAt) : new Date();
        changedSinceAnswer = touched;
        render();
      } catch (error) {
        if (error instanceof ApiError && error.isUnauthorized) {
          context.onUnauthorized();
          return;
        }
        showProblem(problemBox, error);
      } finally {
        element.removeAttribute('aria-busy');
      }
    },
  };
}
