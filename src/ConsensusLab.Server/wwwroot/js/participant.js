// The participant page, /join/{code}: load the session, join once (the token is remembered per session
// on this device), then answer every open question. Question status, rounds and revealed results follow
// the live channel. A participant may withdraw, and "Not you? Join again" withdraws the participant joined on this
// device before showing the form, so that one person never counts twice.
import { ApiError, getJson, sessionPath, showProblem } from './api.js';
import { createAnswerCard } from './answer-card.js';
import { createStatementCard } from './statement-card.js';
import { forgetCredentials, loadCredentials, saveCredentials } from './credentials.js';
import { h, isolate, replaceContent, userText } from './dom.js';
import { initI18n, t, tParts } from './i18n.js';
import { countryName, groupName } from './labels.js';
import { connectLive, liveIndicator } from './live.js';
import { renderJoinForm } from './join-form.js';
import { confirmWithdrawal } from './withdrawal.js';

await initI18n();

const code = decodeURIComponent(location.pathname.split('/')[2] ?? '').trim().toUpperCase();
const intro = document.getElementById('session-intro');
const pageProblem = document.getElementById('page-problem');
const pageNotice = document.getElementById('page-notice');
const joinSection = document.getElementById('join');
const questionsSection = document.getElementById('questions');
const questionList = document.getElementById('question-list');
const emptyNote = document.getElementById('no-questions');
const whoAmI = document.getElementById('who-am-i');
const liveState = liveIndicator(document.getElementById('live-status'));

let session = null;
let credentials = null;
let live = null;
let withdrawn = false; // withdrew on this page: the join form waits until "Join again" is pressed
const cards = new Map(); // question id → answer card, kept while shown so typing is never lost
const latestMeters = new Map(); // question id → the last MeterUpdate of a revealed question

function renderIntro() {
  document.title = `${isolate(session.title)} \u2013 ConsensusLab`;
  const note = { draft: t('participant.draft'), closed: t('participant.closed') }[session.status];
  replaceContent(intro,
    h('p', { class: 'eyebrow' }, t('participant.session', { code: session.code })),
    h('h1', {}, userText(session.title)),
    session.description ? h('p', { class: 'lead' }, userText(session.description)) : null,
    note ? h('p', { class: 'notice' }, note) : null);
}

/**
 * Open and revealed questions in session order; a question that closes while on screen stays, disabled. A closed
 * session shows no card at all: nothing is left to answer, and the intro says that it has ended.
 */
function renderQuestions() {
  if (!credentials) return;
  const sessionOpen = session.status !== 'closed';
  let previous = null;
  session.questions.forEach((question, index) => {
    let card = cards.get(question.id);
    const shown = sessionOpen && (question.status === 'open' || (question.revealed && question.status !== 'pending')
      || (card && question.status === 'closed'));
    if (!shown) {
      card?.element.remove();
      cards.delete(question.id);
      return;
    }
    if (!card) {
      const create = question.kind === 'statements' ? createStatementCard : createAnswerCard;
      card = create(question, {
        code, number: index + 1, getToken: () => credentials?.token, getSession: () => session, onUnauthorized: tokenRejected,
      });
      cards.set(question.id, card);
      // Insert after the previous shown card rather than re-appending all, so focus is never disturbed.
      if (previous) previous.after(card.element); else questionList.prepend(card.element);
      card.prefill();
    }
    card.update(question);
    if (question.revealed && latestMeters.has(question.id)) card.showMeters(latestMeters.get(question.id));
    previous = card.element;
  });
  emptyNote.hidden = !sessionOpen || session.questions.some((q) => q.status === 'open');
}

/** { group, country } of the participant joined on this device, for the sentences that name them. */
function whoIsJoined() {
  const group = session.groups.find((g) => g.code === credentials.groupCode);
  const name = group ? groupName(group) : credentials.groupName;
  const country = credentials.countryCode ? countryName(credentials.countryCode, credentials.countryName) : credentials.countryName;
  return { group: name ? userText(name) : '\u2014', country: country ?? '\u2014' };
}

function showQuestions() {
  joinSection.hidden = true;
  questionsSection.hidden = session.status === 'closed';
  // Rebuilt only when missing, so a session event never takes the focus off the "Not you?" button.
  if (!whoAmI.firstChild) {
    whoAmI.append(h('span', {}), ' ', h('button', { type: 'button', class: 'link-button', onclick: rejoin }, t('participant.notYou')));
  }
  replaceContent(whoAmI.firstChild, tParts('participant.joinedAs', whoIsJoined()));
  renderQuestions();
}

/** A closed session takes no new participants: hide the form rather than let it fail on submit. */
function updateJoinVisibility() {
  if (!credentials) joinSection.hidden = session.status === 'closed' || withdrawn;
}

function showJoin() {
  whoAmI.replaceChildren();
  for (const card of cards.values()) card.element.remove();
  cards.clear();
  questionsSection.hidden = true;
  updateJoinVisibility();
  renderJoinForm(joinSection, session, (joined) => {
    credentials = joined;
    saveCredentials(code, joined);
    pageNotice.replaceChildren();
    showQuestions();
    questionsSection.querySelector('h2')?.focus();
  });
}

function forget() {
  forgetCredentials(code);
  credentials = null;
  showJoin();
}

/** A notice that takes the focus: the button that opened the dialog is gone with the questions. */
function notify(...children) {
  replaceContent(pageNotice, h('div', { class: 'notice', tabindex: '-1' }, ...children));
  pageNotice.firstChild.focus();
}

/**
 * Asks for confirmation and withdraws the participant joined on this device. Resolves to the outcome of
 * confirmWithdrawal(): 'withdrawn', 'unknown' (the server no longer accepts the token, so there was nothing to
 * withdraw; the device forgets it all the same) or 'cancelled'.
 */
async function withdraw(heading, explanation, confirmLabel) {
  const outcome = await confirmWithdrawal({ code, token: credentials.token, heading, explanation, confirmLabel });
  if (outcome === 'cancelled') return outcome;
  withdrawn = true;
  forget();
  return outcome;
}

document.getElementById('withdraw').addEventListener('click', async () => {
  const outcome = await withdraw(t('participant.withdrawHeading'), t('participant.withdrawExplain'), t('participant.withdrawConfirm'));
  if (outcome === 'cancelled') return;
  const said = outcome === 'withdrawn'
    ? [h('strong', {}, t('participant.withdrawn')), ' ', t('participant.withdrawnDetail')]
    : [h('strong', {}, t('participant.withdrawUnknown')), ' ', t('participant.withdrawUnknownDetail')];
  notify(h('p', {}, said), h('button', { type: 'button', class: 'button secondary', onclick: joinAgain }, t('participant.joinAgainButton')));
});

function joinAgain() {
  withdrawn = false;
  pageNotice.replaceChildren();
  updateJoinVisibility();
  joinSection.querySelector('h2')?.setAttribute('tabindex', '-1');
  joinSection.querySelector('h2')?.focus();
}

/** "Not you? Join again": the one who joined here withdraws first, so that nobody counts twice. */
async function rejoin() {
  const outcome = await withdraw(t('participant.rejoinHeading'), tParts('participant.rejoinExplain', whoIsJoined()), t('participant.rejoinConfirm'));
  if (outcome === 'cancelled') return;
  withdrawn = false;
  updateJoinVisibility();
  notify(h('p', {}, t(outcome === 'withdrawn' ? 'participant.previousWithdrawn' : 'participant.previousUnknown')));
}

/** The server no longer knows this token (revoked, or the session was reset): join again. */
function tokenRejected() {
  if (!credentials) return;
  forget();
  showProblem(pageProblem, new ApiError({ title: t('participant.joinAgain'), detail: t('participant.joinAgainDetail') }));
}

async function start() {
  if (!code) {
    showProblem(pageProblem, new ApiError({ title: t('participant.noCode'), detail: t('participant.noCodeDetail') }));
    return;
  }
  try {
    session = await getJson(sessionPath(code));
  } catch (error) {
    if (error.status === 404) {
      intro.replaceChildren(h('h1', {}, t('page.sessionNotFound')));
      showProblem(pageProblem, new ApiError({ title: t('participant.notFound', { code }), detail: t('participant.notFoundDetail') }));
    } else {
      showProblem(pageProblem, error);
    }
    pageProblem.append(h('p', {}, h('a', { href: '/' }, t('participant.otherCode'))));
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
      if (credentials) showQuestions();
    },
    // Only revealed questions' meters reach a participant; an unrevealed one is ignored if it comes anyway. The
    // update says itself that it is revealed: it can arrive just before the session event that says so, and is
    // then kept for the card to show once that event has come.
    onMeters(update) {
      const question = session?.questions.find((q) => q.id === update.questionId);
      if (!question?.revealed && !update.revealed) return;
      latestMeters.set(update.questionId, update);
      cards.get(update.questionId)?.showMeters(update);
    },
  }, { meters: false });
}

// An open EventSource keeps the page out of the back/forward cache; close it on leaving and reopen on
// return (the server then sends a fresh session snapshot).
window.addEventListener('pagehide', () => live?.close());
window.addEventListener('pageshow', (event) => {
  if (event.persisted && session) openLive();
});
start();
