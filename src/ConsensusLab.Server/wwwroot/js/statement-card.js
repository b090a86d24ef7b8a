// A statements question as a participant sees it (deliberation): one statement at a time to vote on (agree,
// disagree, pass), served by the server in the order that spreads votes best; the votes already given, each of which
// can be changed; and a form to write a statement for the room. Every vote and statement carries a request id, kept
// while it is resent after a 503, so nothing counts twice.
import { ApiError, clearProblem, getJson, newRequestId, postJson, sessionPath, showProblem } from './api.js';
import { h, replaceContent, uid, userText } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import { kindInstruction, kindLabel } from './labels.js';

const NEW_STATEMENT_POLL_MS = 15000;
const VOTES = [{ value: 1, key: 'agree' }, { value: -1, key: 'disagree' }, { value: 0, key: 'pass' }];

/** Same interface as createAnswerCard: { element, update(question), showMeters(), prefill() }. */
export function createStatementCard(question, context) {
  const promptId = uid('prompt');
  const eyebrow = h('p', { class: 'eyebrow' });
  const progress = h('p', { class: 'hint statement-progress', role: 'status' });
  const current = h('div', { class: 'statement-current' });
  const confirmation = h('p', { class: 'confirmation', role: 'status' });
  const closedNote = h('p', { class: 'closed-note', hidden: true }, t('answer.closed'));
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const myVotesList = h('ul', { class: 'my-votes' });
  const myVotes = h('details', { class: 'my-votes-panel' }, h('summary', {}, t('statements.myVotes')), myVotesList);
  const writeForm = createWriteForm();

  const element = h('section', { class: 'card question-card statements-card', 'aria-labelledby': promptId },
    eyebrow,
    h('h3', { id: promptId, class: 'prompt' }, userText(question.prompt)),
    h('p', { class: 'hint' }, kindInstruction(question.kind)),
    progress, current, confirmation, closedNote, problemBox, myVotes, writeForm.element);

  let info = question;
  let open = question.status === 'open';
  let served = null; // the statement on screen
  let sending = false;
  let waitForNew = 0;

  const path = (...rest) => sessionPath(context.code, 'questions', question.id, ...rest);
  const token = () => ({ token: context.getToken() });

  function render() {
    eyebrow.textContent = [t('question.number', { number: context.number }), kindLabel(info.kind)].join(' \u00b7 ');
    closedNote.hidden = open;
    for (const button of element.querySelectorAll('button.vote')) button.disabled = !open || sending;
    writeForm.setDisabled(!open);
  }

  function showServed(next) {
    served = next.statement;
    progress.textContent = t('statements.progress', { voted: next.voted, remaining: next.remaining + (served ? 1 : 0) });
    clearTimeout(waitForNew);
    if (!served) {
      // Statements keep coming while the room writes (and the moderator accepts them): look again now and then.
      if (open) waitForNew = setTimeout(() => { if (!sending && !served) loadNext(); }, NEW_STATEMENT_POLL_MS);
      replaceContent(current, h('p', { class: 'statement-done' }, t('statements.allSeen')),
        h('button', { type: 'button', class: 'button secondary', onclick: () => loadNext(true) }, t('statements.revisit')));
      return;
    }
    replaceContent(current,
      h('blockquote', { class: 'statement-text', lang: served.language ?? undefined }, userText(served.text)),
      h('div', { class: 'actions vote-buttons', role: 'group', 'aria-label': t('statements.voteLabel') },
        VOTES.map((v) => h('button', { type: 'button', class: `button vote vote-${v.key}`, onclick: () => vote(served, v.value) },
          t(`statements.${v.key}`)))));
    render();
  }

  async function loadNext(revisit = false) {
    try {
      showServed(await getJson(`${path('statements', 'next')}${revisit ? '?revisit=true' : ''}`, token()));
    } catch (error) {
      failed(error);
    }
  }

  /** Votes (or changes a vote); the next statement comes once the server has counted it. */
  async function vote(statement, value, { fromList = false } = {}) {
    if (sending) return;
    sending = true;
    clearProblem(problemBox);
    render();
    try {
      await sendUntilSaved(path('votes'), { requestId: newRequestId(), statement: statement.id, vote: value });
      confirmation.textContent = `\u2713 ${t('statements.counted')}`;
      await loadMine();
      if (!fromList) await loadNext();
    } catch (error) {
      failed(error);
    } finally {
      sending = false;
      render();
    }
  }

  async function loadMine() {
    const mine = await getJson(path('votes', 'mine'), token());
    replaceContent(myVotesList, (mine?.votes ?? []).map((v) => h('li', {},
      h('span', { class: 'statement-text', lang: v.statement.language ?? undefined }, userText(v.statement.text)),
      h('span', { class: 'actions', role: 'group', 'aria-label': t('statements.voteLabel') },
        VOTES.map((choice) => h('button', {
          type: 'button', class: `button small vote vote-${choice.key}`, 'aria-pressed': String(choice.value === v.vote),
          onclick: () => vote(v.statement, choice.value, { fromList: true }),
        }, t(`statements.${choice.key}`)))))));
    myVotes.hidden = !mine?.votes?.length;
  }

  /** While the server answers 503, sends the same body (same request id) again for about a minute: it counts once. */
  async function sendUntilSaved(url, body) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await postJson(url, body, token());
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 503 || attempt >= 30) throw error;
        await new Promise((resolve) => { setTimeout(resolve, 2000); });
      }
    }
  }

  function failed(error) {
    if (error instanceof ApiError && error.isUnauthorized) {
      context.onUnauthorized();
      return;
    }
    showProblem(problemBox, error);
  }

  function createWriteForm() {
    const textId = uid('statement');
    const maxLength = question.statements?.maxLength ?? 280;
    const text = h('textarea', { id: textId, rows: 3, maxlength: maxLength, required: true });
    const counter = h('span', { class: 'hint', 'aria-live': 'polite' });
    const submit = h('button', { type: 'submit', class: 'button secondary' }, t('statements.write'));
    const note = h('p', { class: 'confirmation', role: 'status' });
    const problem = h('div', { class: 'problem-box', hidden: true });
    let pending = null; // { text, requestId } of a statement being resent
    const count = () => { counter.textContent = t('statements.characters', { count: text.value.length, max: maxLength }); };
    text.addEventListener('input', count);
    count();
    const form = h('form', { class: 'write-statement', novalidate: true },
      h('label', { for: textId }, t('statements.writeLabel')),
      h('p', { class: 'help' }, t(question.statements?.moderation === 'permissive' ? 'statements.permissiveHelp' : 'statements.strictHelp')),
      text, counter, h('div', { class: 'actions' }, submit), note, problem);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = text.value.trim();
      if (!value) {
        showProblem(problem, new ApiError({ title: t('statements.empty') }));
        return;
      }
      if (pending?.text !== value) pending = { text: value, requestId: newRequestId() };
      submit.disabled = true;
      clearProblem(problem);
      try {
        await sendUntilSaved(path('statements'), { requestId: pending.requestId, text: value, language: currentLanguage() });
        pending = null;
        text.value = '';
        count();
        note.textContent = `\u2713 ${t(question.statements?.moderation === 'permissive' ? 'statements.sentShown' : 'statements.sentQueued')}`;
      } catch (error) {
        if (error instanceof ApiError && error.isUnauthorized) context.onUnauthorized(); else showProblem(problem, error);
      } finally {
        submit.disabled = !open;
      }
    });
    return { element: form, setDisabled(disabled) { text.disabled = disabled; submit.disabled = disabled; } };
  }

  render();

  return {
    element,
    update(next) {
      const newRound = (next.round ?? 1) !== (info.round ?? 1);
      info = next;
      open = next.status === 'open';
      render();
      if (newRound) context.getToken() && this.prefill();
    },
    /** The room's figures are on the projector; a participant's card shows none. */
    showMeters() {},
    async prefill() {
      element.setAttribute('aria-busy', 'true');
      try {
        await loadMine();
        await loadNext();
      } catch (error) {
        failed(error);
      } finally {
        element.removeAttribute('aria-busy');
      }
    },
  };
}
