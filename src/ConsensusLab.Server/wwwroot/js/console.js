// The moderator console, /moderate/{code}: session header with join QR, weighting, one live meter card
// per question and the export links. The page is built once; later session events update it in place,
// so a button the moderator is about to press never disappears under the pointer or the focus.
import { getJson, postJson, sessionPath, showProblem, clearProblem } from './api.js';
import { h } from './dom.js';
import { number } from './format.js';
import { KIND_LABELS, QUESTION_STATUS, SESSION_STATUS } from './labels.js';
import { connectLive } from './live.js';
import { renderQuestionMeters } from './question-meters.js';
import { createWeightingPanel } from './weighting.js';
import { createJoinPanel } from './join-panel.js';

const EXPORTS = [
  ['answers.csv', 'Answers (CSV)'],
  ['summary.csv', 'Summary (CSV)'],
  ['summary.json', 'Summary (JSON)'],
  ['participation.csv', 'Participation (CSV)'],
  ['participation.json', 'Participation (JSON)'],
];

/** A POST that may answer with the new SessionView; the live channel would bring it anyway. */
async function command(url, problemBox, apply) {
  clearProblem(problemBox);
  try {
    const result = await postJson(url);
    if (result?.code && Array.isArray(result.questions)) apply(result);
  } catch (error) {
    showProblem(problemBox, error);
  }
}

export async function startConsole(main, code, onLiveState) {
  let session;
  try {
    session = await getJson(sessionPath(code));
  } catch (error) {
    main.replaceChildren(h('h1', {}, error.status === 404 ? 'Session not found' : 'The session did not load'));
    const box = h('div', { class: 'problem-box' });
    main.append(box, h('p', {}, h('a', { href: '/moderate' }, 'Start a new session')));
    showProblem(box, error);
    return;
  }

  let scheme = session.weighting;
  const held = new Map(); // question id → { update, connection }: the last MeterUpdate and the connection it came on
  let connection = 0;
  const cards = new Map(); // question id → { question, refresh(), meter }
  const dirty = new Set();
  let frame = 0;

  // Updates arrive up to ten a second per question: draw at most once per animation frame.
  const scheduleDraw = (questionId) => {
    dirty.add(questionId);
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      for (const id of dirty) drawMeter(id);
      dirty.clear();
    });
  };

  function drawMeter(questionId) {
    const card = cards.get(questionId);
    if (!card) return;
    const update = held.get(questionId)?.update;
    renderQuestionMeters(card.meter, card.question, update?.meters?.[scheme] ?? null, session.groups ?? []);
    card.refresh();
  }

  // Header.
  const statusBadge = h('span', { class: 'badge' });
  const participants = h('span', {});
  const headerProblem = h('div', { class: 'problem-box', hidden: true });
  const openButton = h('button', { type: 'button', class: 'button primary' }, 'Open session');
  const closeButton = h('button', { type: 'button', class: 'button secondary' }, 'Close session');
  const title = h('h1', {});
  const description = h('p', { class: 'lead' });
  const join = createJoinPanel(code);
  openButton.addEventListener('click', () => command(sessionPath(code, 'open'), headerProblem, applySession));
  closeButton.addEventListener('click', () => command(sessionPath(code, 'close'), headerProblem, applySession));

  const weighting = createWeightingPanel(code, (next) => {
    scheme = next;
    for (const id of cards.keys()) scheduleDraw(id);
  });

  const questionList = h('div', { class: 'meter-grid' });

  main.replaceChildren(
    h('section', { class: 'console-header' },
      h('div', { class: 'console-title' },
        h('p', { class: 'eyebrow' }, `Moderator console \u00b7 session ${session.code}`),
        title, description,
        h('div', { class: 'status-row' },
          h('span', {}, 'Status: ', statusBadge), openButton, closeButton,
          h('span', { class: 'participants' }, participants)),
        headerProblem),
      join.element),
    weighting.element,
    h('section', { 'aria-labelledby': 'questions-heading' },
      h('h2', { id: 'questions-heading' }, 'Questions'),
      questionList),
    h('section', { class: 'card exports', 'aria-labelledby': 'exports-heading' },
      h('h2', { id: 'exports-heading' }, 'Exports'),
      h('ul', { class: 'link-list' }, EXPORTS.map(([file, label]) =>
        h('li', {}, h('a', { href: sessionPath(code, 'exports', file) }, label))))));

  function createCard(question, index) {
    const badge = h('span', { class: 'badge' });
    const respondents = h('span', { class: 'muted' });
    const problemBox = h('div', { class: 'problem-box', hidden: true });
    const open = h('button', { type: 'button', class: 'button primary small' }, 'Open');
    const close = h('button', { type: 'button', class: 'button secondary small' }, 'Close');
    const meter = h('div', { class: 'meter', 'aria-label': 'Live meter' });
    const promptId = `prompt-${index}`;
    open.addEventListener('click', () => command(sessionPath(code, 'questions', question.id, 'open'), problemBox, applySession));
    close.addEventListener('click', () => command(sessionPath(code, 'questions', question.id, 'close'), problemBox, applySession));
    const card = {
      question,
      meter,
      element: h('article', { class: 'card meter-card', 'aria-labelledby': promptId },
        h('header', { class: 'meter-card-header' },
          h('p', { class: 'eyebrow' }, `Q${index + 1} \u00b7 ${KIND_LABELS[question.kind] ?? question.kind}`),
          h('h3', { id: promptId }, question.prompt),
          h('div', { class: 'status-row' }, badge, respondents, open, close)),
        problemBox,
        meter),
      refresh() {
        const q = card.question;
        badge.textContent = QUESTION_STATUS[q.status] ?? q.status;
        badge.dataset.status = q.status;
        open.disabled = q.status === 'open';
        close.disabled = q.status !== 'open';
        const meterCount = held.get(q.id)?.update.meters?.[scheme]?.overall?.respondents;
        const count = Math.max(q.respondents ?? 0, meterCount ?? 0);
        respondents.textContent = `${number(count)} answer${count === 1 ? '' : 's'}`;
      },
    };
    return card;
  }

  function applySession(next) {
    session = next;
    document.title = `${session.title} \u2013 Moderate \u2013 ConsensusLab`;
    title.textContent = session.title;
    description.textContent = session.description ?? '';
    description.hidden = !session.description;
    statusBadge.textContent = SESSION_STATUS[session.status] ?? session.status;
    statusBadge.dataset.status = session.status;
    openButton.disabled = session.status === 'open';
    closeButton.disabled = session.status !== 'open';
    participants.textContent = `${number(session.participants)} participant${session.participants === 1 ? '' : 's'}`;
    join.update(session);
    weighting.update(session);

    const ids = session.questions.map((q) => q.id).join('\n');
    if (ids !== [...cards.keys()].join('\n')) {
      cards.clear();
      session.questions.forEach((q, index) => cards.set(q.id, createCard(q, index)));
      questionList.replaceChildren(...[...cards.values()].map((c) => c.element));
    }
    for (const q of session.questions) {
      cards.get(q.id).question = q;
      scheduleDraw(q.id);
    }
  }

  applySession(session);

  connectLive(code, {
    onState(state) {
      // Each (re)connection starts with full snapshots, and nothing from a dead connection can arrive
      // after them; so versions are compared within one connection only. That way a server whose
      // counters restarted (e.g. in-memory storage in development) does not freeze the meters.
      if (state === 'live') connection += 1;
      onLiveState(state);
    },
    onSession: applySession,
    onMeters(update) {
      const current = held.get(update.questionId);
      if (current && current.connection === connection && update.version < current.update.version) return; // a late, older snapshot
      held.set(update.questionId, { update, connection });
      scheduleDraw(update.questionId);
    },
  });
}
