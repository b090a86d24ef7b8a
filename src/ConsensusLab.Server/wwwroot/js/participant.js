// The participant page, /join/{code}: load the session, join once (the token is remembered per session
// on this device), then answer every open question. Question status follows the live channel.
import { ApiError, getJson, sessionPath, showProblem } from './api.js';
import { createAnswerCard } from './answer-card.js';
import { forgetCredentials, loadCredentials, saveCredentials } from './credentials.js';
import { h, replaceContent } from './dom.js';
import { connectLive, liveIndicator } from './live.js';
import { renderJoinForm } from './join-form.js';

const code = decodeURIComponent(location.pathname.split('/')[2] ?? '').trim().toUpperCase();
const intro = document.getElementById('session-intro');
const pageProblem = document.getElementById('page-problem');
const joinSection = document.getElementById('join');
const questionsSection = document.getElementById('questions');
const questionList = document.getElementById('question-list');
const emptyNote = document.getElementById('no-questions');
const whoAmI = document.getElementById('who-am-i');
const liveState = liveIndicator(document.getElementById('live-status'));

let session = null;
let credentials = null;
let live = null;
const cards = new Map(); // question id → answer card, kept while shown so typing is never lost

const STATUS_NOTES = {
  draft: 'This session has not started yet. Keep this page open: questions appear here when the moderator opens them.',
  closed: 'This session has closed. Thank you for taking part.',
};

function renderIntro() {
  document.title = `${session.title} \u2013 ConsensusLab`;
  const note = STATUS_NOTES[session.status];
  replaceContent(intro,
    h('p', { class: 'eyebrow' }, `Session ${session.code}`),
    h('h1', {}, session.title),
    session.description ? h('p', { class: 'lead' }, session.description) : null,
    note ? h('p', { class: 'notice' }, note) : null);
}

/** Shows open questions in session order; a question that closes while on screen stays, disabled. */
function renderQuestions() {
  if (!credentials) return;
  let previous = null;
  session.questions.forEach((question, index) => {
    let card = cards.get(question.id);
    const shown = question.status === 'open' || (card && question.status === 'closed');
    if (!shown) {
      card?.element.remove();
      cards.delete(question.id);
      return;
    }
    if (!card) {
      card = createAnswerCard(question, {
        code, number: index + 1, getToken: () => credentials?.token, onUnauthorized: tokenRejected,
      });
      cards.set(question.id, card);
      // Insert after the previous shown card rather than re-appending all, so focus is never disturbed.
      if (previous) previous.after(card.element); else questionList.prepend(card.element);
      card.prefill();
    }
    card.update(question);
    previous = card.element;
  });
  emptyNote.hidden = session.questions.some((q) => q.status === 'open');
}

function showQuestions() {
  joinSection.hidden = true;
  questionsSection.hidden = false;
  whoAmI.replaceChildren(
    'You joined',
    credentials.groupName ? ` as ${credentials.groupName}` : '',
    credentials.countryName ? `, ${credentials.countryName}` : '',
    '. ',
    h('button', { type: 'button', class: 'link-button', onclick: leave }, 'Not you? Join again'));
  renderQuestions();
}

/** A closed session takes no new participants: hide the form rather than let it fail on submit. */
function updateJoinVisibility() {
  if (!credentials) joinSection.hidden = session.status === 'closed';
}

function showJoin() {
  for (const card of cards.values()) card.element.remove();
  cards.clear();
  questionsSection.hidden = true;
  updateJoinVisibility();
  renderJoinForm(joinSection, session, (joined) => {
    credentials = joined;
    saveCredentials(code, joined);
    showQuestions();
    questionsSection.querySelector('h2')?.focus();
  });
}

function leave() {
  forgetCredentials(code);
  credentials = null;
  showJoin();
}

/** The server no longer knows this token (revoked, or the session was reset): join again. */
function tokenRejected() {
  if (!credentials) return;
  leave();
  showProblem(pageProblem, new ApiError({ title: 'Please join again', detail: 'This device\u2019s place in the session is no longer valid.' }));
}

async function start() {
  if (!code) {
    showProblem(pageProblem, new ApiError({ title: 'No session code', detail: 'Open the link or QR code your moderator shared, or enter the code on the home page.' }));
    return;
  }
  try {
    session = await getJson(sessionPath(code));
  } catch (error) {
    if (error.status === 404) {
      intro.replaceChildren(h('h1', {}, 'Session not found'));
      showProblem(pageProblem, new ApiError({ title: `There is no session with the code ${code}`, detail: 'Check the code and try again.' }));
    } else {
      showProblem(pageProblem, error);
    }
    pageProblem.append(h('p', {}, h('a', { href: '/' }, 'Enter another code')));
    return;
  }
  renderIntro();
  credentials = loadCredentials(code);
  if (credentials) showQuestions(); else showJoin();

  openLive();
}

function openLive() {
  live = connectLive(code, {
    onState: liveState,
    onSession(next) {
      session = next;
      renderIntro();
      updateJoinVisibility();
      renderQuestions();
    },
    // Participants do not see meters.
  }, { meters: false });
}

// An open EventSource keeps the page out of the back/forward cache; close it on leaving and reopen on
// return (the server then sends a fresh session snapshot).
window.addEventListener('pagehide', () => live?.close());
window.addEventListener('pageshow', (event) => {
  if (event.persisted && session) openLive();
});
start();
