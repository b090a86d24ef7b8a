// The projector, /project/{code}: full screen, high contrast, large type, read-only, sized to one screen with no
// scrolling. It shows what the moderator chose (session.projector, resolved by the server and pushed live): one
// question with its meters under the session's weighting beside how to join (QR code, address, code), or the join
// screen alone; once the session is closed, that it has ended instead. The view key comes in the link's fragment
// (#key=…) and goes to the live channel as ?key=; without it the server sends the meters of revealed questions only.
import { getJson, sessionPath, showProblem } from './api.js';
import { h, isolate, replaceContent, userText } from './dom.js';
import { initI18n, t } from './i18n.js';
import { loadViewKey, saveViewKey, takeKeyFromFragment } from './keys.js';
import { fitOneLine } from './fit-text.js';
import { kindLabel } from './labels.js';
import { connectLive, liveIndicator } from './live.js';
import { answersCount, renderQuestionMeters } from './question-meters.js';
import { createTimelines } from './timeline.js';
import { createDeliberationPanel } from './deliberation-panel.js';

await initI18n();

const code = decodeURIComponent(location.pathname.split('/')[2] ?? new URLSearchParams(location.search).get('code') ?? '')
  .trim().toUpperCase();
const main = document.getElementById('main');
const liveState = liveIndicator(document.getElementById('live-status'));
const fullscreen = document.getElementById('fullscreen');

const fragmentKey = takeKeyFromFragment();
if (fragmentKey) saveViewKey(code, fragmentKey);
const key = fragmentKey ?? loadViewKey(code);

fullscreen.hidden = !document.fullscreenEnabled;
fullscreen.addEventListener('click', () => {
  if (document.fullscreenElement) document.exitFullscreen(); else document.documentElement.requestFullscreen().catch(() => {});
});

let session = null;
const held = new Map(); // question id → last MeterUpdate
const timelines = createTimelines(code, key, (questionId) => {
  if (questionId === currentQuestion()?.id) schedule();
});
let connection = 0;
let frame = 0;

const eyebrow = h('p', { class: 'eyebrow' });
const prompt = h('h1', { class: 'projector-prompt', id: 'projector-prompt' });
const count = h('p', { class: 'projector-count', 'data-figure': 'answers' });
const meter = h('div', { class: 'meter projector-meter', role: 'group', 'aria-labelledby': 'projector-prompt' });
// An address reads left to right in every language; in Arabic its digits and slashes would otherwise be reordered.
// The <bdi> isolates it from the sentence around it; the paragraph keeps it on one line (fit-text.js shrinks it).
// Beside a question the address runs along the foot of the screen, where even a long host name stays large; on the
// join screen it sits under the QR code.
const joinAddress = h('bdi', { dir: 'ltr', 'data-figure': 'join-url' });
const goTo = h('span', { class: 'projector-go' });
const joinUrl = h('p', { class: 'projector-url' }, goTo, joinAddress);
const scan = h('p', { class: 'projector-scan' });
const joinCode = h('p', { class: 'projector-code' });
const closedNote = h('p', { class: 'notice projector-closed', hidden: true });
let joinBox = null; // built once the session is known, so a wrong code does not fetch a QR code
let deliberation = null; // { questionId, panel } of the statements question on the screen

/** The question on the screen, as the server resolved the moderator's choice; null on the join screen. */
function currentQuestion() {
  const projector = session?.projector;
  if (projector?.screen !== 'question') return null;
  return session.questions.find((q) => q.id === projector.questionId) ?? null;
}

function draw() {
  frame = 0;
  const question = currentQuestion();
  main.classList.toggle('is-join', !question && session.status !== 'closed');
  placeAddress(Boolean(question));
  fitJoin();
  if (!question) {
    // Only a closed session shows this (an open one shows the join screen): its title under the closing note.
    replaceContent(eyebrow, userText(session.title));
    prompt.textContent = '';
    count.textContent = '';
    meter.replaceChildren();
    return;
  }
  const index = session.questions.indexOf(question);
  eyebrow.textContent = [t('projector.questionOf', { number: index + 1, total: session.questions.length }), kindLabel(question.kind),
    (question.round ?? 1) > 1 ? t('question.round', { round: question.round }) : null,
    question.status === 'closed' ? t('questionStatus.closed') : null].filter(Boolean).join(' \u00b7 ');
  replaceContent(prompt, userText(question.prompt));
  if (question.kind === 'statements') {
    drawDeliberation(question);
    return;
  }
  deliberation = null;
  const update = held.get(question.id);
  const meters = update?.meters?.[session.weighting] ?? null;
  count.textContent = answersCount(Math.max(question.respondents ?? 0, meters?.overall?.respondents ?? 0));
  if (!meters && !key && !question.revealed) {
    replaceContent(meter, h('p', { class: 'projector-note' }, t('projector.hidden')));
    return;
  }
  renderQuestionMeters(meter, question, meters, session.groups ?? [], { threshold: session.privacyThreshold ?? 5,
    confidence: session.meterSettings?.confidence });
  // The agreement over time, beside the overall figure; only where the meters themselves are on the screen.
  const chart = meters?.overall?.respondents ? timelines.render(question, session.weighting) : null;
  if (chart) meter.append(chart);
}

/**
 * A statements question: the bridging statements, the opinion map and what sets each opinion group apart, re-read
 * when the live channel says the question changed. It needs the view key: without it the screen says so.
 */
function drawDeliberation(question) {
  count.textContent = answersCount(question.respondents ?? 0);
  if (!key) {
    replaceContent(meter, h('p', { class: 'projector-note' }, t('projector.hidden')));
    return;
  }
  if (deliberation?.questionId !== question.id) {
    deliberation = { questionId: question.id, panel: createDeliberationPanel({ code, question, getSession: () => session, viewKey: key }) };
    replaceContent(meter, deliberation.panel.element);
  }
  deliberation.panel.refresh();
}

/** The address along the foot of the screen (beside a question) or under the QR code (join screen). */
function placeAddress(footer) {
  if (footer) {
    main.append(joinUrl);
  } else {
    joinBox.insertBefore(joinUrl, joinCode);
  }
  goTo.textContent = footer ? `${t('projector.goTo')} ` : '';
  scan.textContent = footer ? t('projector.scanOnly') : t('projector.scan');
}

/** The address and the code each stay whole on one line, whatever the width of their box. */
function fitJoin() {
  fitOneLine(joinUrl);
  fitOneLine(joinCode);
}

const schedule = () => {
  frame ||= requestAnimationFrame(draw);
};

function applySession(next) {
  session = next;
  document.title = `${isolate(session.title)} \u2013 ${t('projector.title')} \u2013 ConsensusLab`;
  // A closed session takes no one new: the room sees that it has ended rather than a QR code to join it.
  const closed = session.status === 'closed';
  closedNote.textContent = closed ? t('projector.closed') : '';
  closedNote.hidden = !closed;
  if (joinBox) joinBox.hidden = closed;
  joinUrl.hidden = closed;
  main.classList.toggle('is-closed', closed);
  const url = session.joinUrl || `${location.origin}/join/${encodeURIComponent(code)}`;
  joinAddress.textContent = url.replace(/^https?:\/\//, '');
  replaceContent(joinCode, `${t('projector.code')} `, h('strong', { 'data-figure': 'code' }, session.code));
  schedule();
}

async function start() {
  try {
    session = await getJson(sessionPath(code));
  } catch (error) {
    main.replaceChildren(h('h1', {}, t('page.sessionNotFound')));
    const box = h('div', { class: 'problem-box' });
    main.append(box);
    showProblem(box, error);
    return;
  }
  joinBox = h('aside', { class: 'projector-join', 'aria-label': t('console.howToJoin') },
    h('h2', { class: 'projector-join-heading' }, t('projector.joinHeading')),
    scan,
    h('img', { src: sessionPath(code, 'qr.svg'), alt: t('projector.qrAlt'), class: 'projector-qr' }),
    joinUrl,
    joinCode);
  main.replaceChildren(h('section', { class: 'projector-question' }, closedNote, eyebrow, prompt, count, meter), joinBox);
  applySession(session);
  window.addEventListener('resize', fitJoin);
  connectLive(code, {
    onState(state) {
      if (state === 'live') connection += 1;
      // After a reconnection the ledger has the answers this screen missed while away.
      if (state === 'live' && connection > 1) timelines.reload(session.questions);
      liveState(state);
    },
    onSession: applySession,
    onMeters(update) {
      const current = held.get(update.questionId);
      if (current && current.connection === connection && update.version < current.version) return;
      held.set(update.questionId, { ...update, connection });
      const question = session.questions.find((q) => q.id === update.questionId);
      if (question) timelines.record(question, update);
      if (update.questionId === currentQuestion()?.id) schedule();
    },
  }, { key });
}

start();
