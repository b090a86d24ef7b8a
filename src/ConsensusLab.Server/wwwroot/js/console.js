// The moderator console, /moderate/{code}: session header with join QR and the moderator and projector
// links, question control (open, close, reveal, next, new round), weighting, meter settings, invite codes, one live meter
// card per question with its timeline and the shift between rounds, and the export links.
// The page is built once; later session events update it in place, so a button the moderator is about
// to press never disappears under the pointer or the focus.
// Every command carries the moderator key (X-Moderator-Key); the live channel and exports carry it as
// ?key=. A refused key brings up the "needs its moderator link" panel.
import { ApiError, clearProblem, getJson, postJson, sessionPath, showProblem, withKey } from './api.js';
import { h, isolate, replaceContent, uid, userText } from './dom.js';
import { currentLanguage, locale, t, tn } from './i18n.js';
import { loadModeratorKey, loadViewKey, parseKey, saveModeratorKey, takeKeyFromFragment } from './keys.js';
import { kindLabel, questionStatus, sessionStatus } from './labels.js';
import { connectLive } from './live.js';
import { answersCount, renderQuestionMeters } from './question-meters.js';
import { createWeightingPanel } from './weighting.js';
import { createMeterSettingsPanel } from './meter-settings.js';
import { createJoinPanel } from './join-panel.js';
import { createInvitePanel } from './invites.js';
import { createTimelines, hasTimeline } from './timeline.js';
import { createProjectorControl } from './projector-control.js';
import { renderChange } from './round-change.js';
import { createDeliberationPanel } from './deliberation-panel.js';
import { createSeriesPanel } from './series-panel.js';

const EXPORTS = ['answers.csv', 'answer_items.csv', 'questions.csv', 'codes.csv', 'summary.csv', 'distributions.csv', 'rankings.csv',
  'round_changes.csv', 'agreement.csv', 'summary.json', 'participation.csv', 'igf_report_line.csv', 'participation.json', 'timeline.csv', 'comparison.csv',
  'statements.csv', 'votes.csv', 'statement_figures.csv', 'opinion_groups.csv', 'datapackage.json', 'codebook.md', 'workbook.xlsx'];
const CHANGE_REFRESH_MS = 3000;

/** A read-only link with a copy button; the link text is selectable for Ctrl+C where the clipboard is refused. */
function linkField(label, url, help) {
  const id = uid('link');
  const helpId = help ? uid('help') : null;
  const input = h('input', { id, type: 'text', readonly: 'readonly', value: url, class: 'link-input', 'aria-describedby': helpId, spellcheck: 'false' });
  const note = h('span', { class: 'muted', 'aria-live': 'polite' });
  const copy = h('button', { type: 'button', class: 'button secondary small' }, t('console.copy'));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      note.textContent = t('console.copied');
    } catch {
      input.select();
      note.textContent = t('console.selected');
    }
  });
  return h('div', { class: 'field link-field' },
    h('label', { for: id }, label),
    help ? h('p', { class: 'help', id: helpId }, help) : null,
    h('div', { class: 'inline-field' }, input, copy), note);
}

/** The panel shown when this browser has no valid moderator key for the session. */
function createKeyGate(code) {
  const id = uid('key');
  const input = h('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-help` });
  const error = h('p', { class: 'field-error', hidden: true, role: 'alert' });
  const form = h('form', { class: 'card key-gate', 'aria-labelledby': `${id}-heading`, novalidate: true },
    h('h2', { id: `${id}-heading` }, t('gate.heading')),
    h('p', {}, t('gate.text')),
    h('div', { class: 'field' },
      h('label', { for: id }, t('gate.label')),
      h('p', { class: 'help', id: `${id}-help` }, t('gate.help')),
      h('div', { class: 'inline-field' }, input, h('button', { type: 'submit', class: 'button primary' }, t('gate.submit'))),
      error));
  form.hidden = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = parseKey(input.value);
    if (!key) {
      error.textContent = t('gate.invalid');
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    saveModeratorKey(code, key);
    // A fresh start reconnects the live channel with the key and re-checks it.
    location.reload();
  });
  return {
    element: form,
    show(focus = false) {
      form.hidden = false;
      if (focus) input.focus();
    },
  };
}

export async function startConsole(main, code, onLiveState) {
  const fragmentKey = takeKeyFromFragment();
  if (fragmentKey) saveModeratorKey(code, fragmentKey);
  const moderatorKey = fragmentKey ?? loadModeratorKey(code);

  let session;
  try {
    session = await getJson(sessionPath(code));
  } catch (error) {
    main.replaceChildren(h('h1', {}, error.status === 404 ? t('page.sessionNotFound') : t('console.loadFailed')));
    const box = h('div', { class: 'problem-box' });
    main.append(box, h('p', {}, h('a', { href: '/moderate' }, t('console.startNew'))));
    showProblem(box, error);
    return;
  }
  const viewKey = () => loadViewKey(code) ?? session.viewKey ?? null;

  const gate = createKeyGate(code);
  /** True when the server refused the key; the gate then asks for the moderator link. */
  const rejected = (error) => {
    if (error instanceof ApiError && error.isUnauthorized) {
      gate.show(true);
      return true;
    }
    return false;
  };
  const moderator = { key: () => moderatorKey, rejected };

  /** A moderator POST; a SessionView in the answer is applied at once (the live channel brings it anyway). */
  async function command(url, problemBox, body) {
    clearProblem(problemBox);
    try {
      const result = await postJson(url, body, { moderatorKey });
      const next = result?.session ?? result;
      if (next?.code && Array.isArray(next.questions)) applySession(next);
      return result ?? {};
    } catch (error) {
      if (!rejected(error)) showProblem(problemBox, error);
      return null;
    }
  }

  let scheme = session.weighting;
  const held = new Map(); // question id → { update, connection }: the last MeterUpdate and the connection it came on
  let connection = 0;
  const cards = new Map(); // question id → card
  const dirty = new Set();
  let frame = 0;
  const timelines = createTimelines(code, moderatorKey, (questionId) => scheduleDraw(questionId));

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
    if (card.deliberation) {
      card.deliberation.refresh();
      card.refresh();
      return;
    }
    renderQuestionMeters(card.meter, card.question, update?.meters?.[scheme] ?? null, session.groups ?? [],
      { threshold: session.privacyThreshold ?? 5, details: true, confidence: session.meterSettings?.confidence });
    if (hasTimeline(card.question)) replaceContent(card.timeline, timelines.render(card.question, scheme));
    if (card.shift) renderChange(card.change, card.question, card.shift, scheme);
    card.series?.render(scheme);
    card.refresh();
  }

  // Header.
  const statusBadge = h('span', { class: 'badge' });
  const participants = h('span', {});
  const headerProblem = h('div', { class: 'problem-box', hidden: true });
  const openButton = h('button', { type: 'button', class: 'button primary' }, t('console.openSession'));
  const closeButton = h('button', { type: 'button', class: 'button secondary' }, t('console.closeSession'));
  const title = h('h1', {});
  const description = h('p', { class: 'lead' });
  const closedNote = h('p', { class: 'notice', hidden: true }, t('console.closedNotice'));
  const join = createJoinPanel(code);
  openButton.addEventListener('click', () => command(sessionPath(code, 'open'), headerProblem));
  closeButton.addEventListener('click', () => command(sessionPath(code, 'close'), headerProblem));

  const links = h('section', { class: 'card links', 'aria-labelledby': 'links-heading' });
  function renderLinks() {
    if (!moderatorKey) {
      links.hidden = true;
      return;
    }
    const projector = `${location.origin}/project/${encodeURIComponent(code)}${viewKey() ? `#key=${encodeURIComponent(viewKey())}` : ''}`;
    replaceContent(links,
      h('h2', { id: 'links-heading' }, t('console.links')),
      linkField(t('console.moderatorLink'), `${location.origin}/moderate/${encodeURIComponent(code)}#key=${encodeURIComponent(moderatorKey)}`,
        t('console.moderatorLinkHelp')),
      linkField(t('console.projectorLink'), projector, viewKey() ? t('console.projectorLinkHelp') : t('console.projectorNoKey')),
      h('p', {}, h('a', { href: projector, target: '_blank', rel: 'noopener' }, t('console.openProjector'))));
  }

  const weighting = createWeightingPanel(code, (next) => {
    scheme = next;
    for (const id of cards.keys()) scheduleDraw(id);
  }, moderator);
  const meterSettings = createMeterSettingsPanel(code, moderator);
  const invites = createInvitePanel(code, moderator);
  const projectorControl = createProjectorControl(code, moderator);

  // Question control: "next" closes the open questions and opens the pending one after them.
  const nowShowing = h('span', { class: 'now-showing' });
  const nextButton = h('button', { type: 'button', class: 'button primary' }, t('console.next'));
  const controlProblem = h('div', { class: 'problem-box', hidden: true });
  nextButton.addEventListener('click', async () => {
    const { open, next } = nextStep();
    if (!next) return;
    nextButton.disabled = true;
    for (const current of open) {
      if (!(await command(sessionPath(code, 'questions', current.id, 'close'), controlProblem))) {
        refreshControl();
        return;
      }
    }
    await command(sessionPath(code, 'questions', next.id, 'open'), controlProblem);
    refreshControl();
  });

  /** The open questions (several when the moderator opened them together) and the first pending one after the last of them. */
  function nextStep() {
    const questions = session.questions;
    const open = questions.filter((q) => q.status === 'open');
    const lastOpenIndex = open.length > 0 ? questions.indexOf(open.at(-1)) : -1;
    const next = questions.find((q, index) => q.status === 'pending' && index > lastOpenIndex) ?? null;
    return { open, next };
  }

  function refreshControl() {
    const { next } = nextStep();
    const position = (q) => session.questions.indexOf(q) + 1;
    // Several questions may be open at once (the moderator opened them all): name every one, not just the first.
    const open = session.questions.filter((q) => q.status === 'open').map(position);
    nowShowing.textContent = open.length === 0 ? t('console.noneOpen')
      : open.length === 1 ? t('console.nowOpen', { number: open[0] })
        : tn('console.nowOpenMany', open.length, { numbers: new Intl.ListFormat(locale(), { type: 'conjunction' }).format(open.map(String)) });
    nextButton.disabled = !next || session.status === 'closed';
    nextButton.textContent = next ? t('console.nextTo', { number: position(next) }) : t('console.noNext');
  }

  const questionList = h('div', { class: 'meter-grid' });

  main.replaceChildren(
    gate.element,
    h('section', { class: 'console-header' },
      h('div', { class: 'console-title' },
        h('p', { class: 'eyebrow' }, t('console.eyebrow', { code: session.code })),
        title, description,
        h('div', { class: 'status-row' },
          h('span', {}, `${t('console.status')} `, statusBadge), openButton, closeButton,
          h('span', { class: 'participants' }, participants)),
        closedNote,
        headerProblem),
      join.element),
    links,
    h('section', { class: 'card question-control', 'aria-labelledby': 'control-heading' },
      h('h2', { id: 'control-heading' }, t('console.control')),
      h('div', { class: 'status-row' }, nowShowing, nextButton),
      controlProblem,
      projectorControl.element),
    weighting.element,
    meterSettings.element,
    h('section', { 'aria-labelledby': 'questions-heading' },
      h('h2', { id: 'questions-heading' }, t('console.questions')),
      questionList),
    invites.element,
    h('section', { class: 'card exports', 'aria-labelledby': 'exports-heading' },
      h('h2', { id: 'exports-heading' }, t('console.exports')),
      h('ul', { class: 'link-list' },
        // The rapporteur's report, in the console's language: to read and print, or as a PDF to attach.
        ['html', 'pdf'].map((format) => h('li', {}, h('a', {
          href: withKey(`${sessionPath(code, 'report')}?lang=${currentLanguage()}&format=${format}`, moderatorKey),
        }, t(`export.report.${format}`)))),
        EXPORTS.map((file) =>
          h('li', {}, h('a', { href: withKey(sessionPath(code, 'exports', file), moderatorKey) }, t(`export.${file}`)))))));

  function createCard(question, index) {
    const badge = h('span', { class: 'badge' });
    const roundBadge = h('span', { class: 'badge round-badge', hidden: true });
    const revealedBadge = h('span', { class: 'badge revealed-badge', hidden: true }, t('console.revealedBadge'));
    const respondents = h('span', { class: 'muted', 'data-figure': 'answers' });
    const problemBox = h('div', { class: 'problem-box', hidden: true });
    const open = h('button', { type: 'button', class: 'button primary small' }, t('console.open'));
    const close = h('button', { type: 'button', class: 'button secondary small' }, t('console.close'));
    const reveal = h('button', { type: 'button', class: 'button secondary small' }, t('console.reveal'));
    const newRound = h('button', { type: 'button', class: 'button secondary small' }, t('console.newRound'));
    const meter = h('div', { class: 'meter', role: 'group', 'aria-label': t('console.liveMeter') });
    const timeline = h('div', { class: 'timeline-slot' });
    const change = h('div', { class: 'round-change', hidden: true });
    const promptId = `prompt-${index}`;
    const path = (...rest) => sessionPath(code, 'questions', question.id, ...rest);
    const series = hasTimeline(question) ? createSeriesPanel(code, question, { key: moderatorKey, rejected, groups: () => session.groups }) : null;
    if (series) series.onLoaded = () => scheduleDraw(question.id);
    open.addEventListener('click', () => command(path('open'), problemBox));
    close.addEventListener('click', () => command(path('close'), problemBox));
    reveal.addEventListener('click', () => command(path('reveal'), problemBox));
    newRound.addEventListener('click', async () => {
      if (await command(path('rounds'), problemBox)) card.loadChange(true);
    });

    // A statements question shows its statements, moderation queue and opinion groups instead of a meter.
    const deliberation = question.kind === 'statements'
      ? createDeliberationPanel({ code, question, getSession: () => session, moderatorKey, onRejected: rejected })
      : null;
    if (deliberation) meter.append(deliberation.element);

    let changeRound = 0;
    let changeLoadedAt = 0;
    let changeTimer = 0;
    const card = {
      question,
      meter,
      timeline,
      change,
      deliberation,
      series,
      shift: null, // the last round shift loaded: redrawn under the card's weighting when the moderator switches
      element: h('article', { class: 'card meter-card', 'aria-labelledby': promptId, 'data-question': question.id },
        h('header', { class: 'meter-card-header' },
          h('p', { class: 'eyebrow' }, `${t('console.q', { number: index + 1 })} \u00b7 ${kindLabel(question.kind)}`),
          h('h3', { id: promptId }, userText(question.prompt)),
          h('div', { class: 'status-row' }, badge, roundBadge, revealedBadge, respondents),
          h('div', { class: 'actions question-actions' }, open, close, reveal, newRound)),
        problemBox,
        change,
        meter,
        timeline,
        series?.element),
      refresh() {
        const q = card.question;
        badge.textContent = questionStatus(q.status);
        badge.dataset.status = q.status;
        roundBadge.hidden = (q.round ?? 1) <= 1;
        roundBadge.textContent = t('question.round', { round: q.round ?? 1 });
        revealedBadge.hidden = !q.revealed;
        open.disabled = q.status === 'open';
        close.disabled = q.status !== 'open';
        reveal.disabled = Boolean(q.revealed) || q.status === 'pending';
        newRound.disabled = q.status === 'pending';
        const meterCount = held.get(q.id)?.update.meters?.[scheme]?.overall?.respondents;
        const count = Math.max(q.respondents ?? 0, meterCount ?? 0);
        respondents.textContent = answersCount(count);
      },
      /** Round N > 1: the shift from round N − 1, refreshed at most every few seconds while answers arrive. */
      loadChange(force = false) {
        const round = card.question.round ?? 1;
        if (round <= 1) {
          change.hidden = true;
          card.shift = null;
          return;
        }
        const wait = changeLoadedAt + CHANGE_REFRESH_MS - Date.now();
        if (!force && round === changeRound && wait > 0) {
          changeTimer ||= setTimeout(() => {
            changeTimer = 0;
            card.loadChange(true);
          }, wait);
          return;
        }
        changeRound = round;
        changeLoadedAt = Date.now();
        getJson(path('rounds', String(round), 'change'), { moderatorKey }).then((shift) => {
          card.shift = shift;
          renderChange(change, card.question, shift, scheme);
          change.hidden = false;
        }).catch((error) => {
          if (rejected(error)) return;
          card.shift = null;
          replaceContent(change, h('p', { class: 'muted' }, t('change.unavailable', { round })));
          change.hidden = false;
        });
      },
    };
    return card;
  }

  function applySession(next) {
    session = next;
    document.title = `${isolate(session.title)} \u2013 ${t('console.titleSuffix')} \u2013 ConsensusLab`;
    replaceContent(title, userText(session.title));
    replaceContent(description, session.description ? userText(session.description) : null);
    description.hidden = !session.description;
    closedNote.hidden = session.status !== 'closed';
    statusBadge.textContent = sessionStatus(session.status);
    statusBadge.dataset.status = session.status;
    openButton.disabled = session.status === 'open';
    closeButton.disabled = session.status !== 'open';
    participants.textContent = tn('console.participants', session.participants ?? 0);
    join.update(session);
    weighting.update(session);
    meterSettings.update(session);
    invites.update(session);
    projectorControl.update(session);
    renderLinks();

    const ids = session.questions.map((q) => q.id).join('\n');
    if (ids !== [...cards.keys()].join('\n')) {
      cards.clear();
      session.questions.forEach((q, index) => cards.set(q.id, createCard(q, index)));
      questionList.replaceChildren(...[...cards.values()].map((c) => c.element));
    }
    for (const q of session.questions) {
      const card = cards.get(q.id);
      const roundChanged = (card.question.round ?? 1) !== (q.round ?? 1);
      card.question = q;
      card.series?.update(q);
      card.loadChange(roundChanged);
      scheduleDraw(q.id);
    }
    refreshControl();
  }

  applySession(session);

  if (!moderatorKey) {
    gate.show();
  } else if (session.questions.length > 0) {
    // Check the key once with a cheap moderator read, so a wrong link is said at once, not on the first click.
    getJson(sessionPath(code, 'questions', session.questions[0].id, 'meters'), { moderatorKey }).catch(rejected);
  }

  connectLive(code, {
    onState(state) {
      // Each (re)connection starts with full snapshots, and nothing from a dead connection can arrive
      // after them; so versions are compared within one connection only. That way a server whose
      // counters restarted (e.g. in-memory storage in development) does not freeze the meters.
      if (state === 'live') connection += 1;
      // After a reconnection the ledger has the answers this page missed while away.
      if (state === 'live' && connection > 1) timelines.reload(session.questions);
      onLiveState(state);
    },
    onSession: applySession,
    onMeters(update) {
      const current = held.get(update.questionId);
      if (current && current.connection === connection && update.version < current.update.version) return; // a late, older snapshot
      held.set(update.questionId, { update, connection });
      const card = cards.get(update.questionId);
      if (card) {
        timelines.record(card.question, update);
        if ((card.question.round ?? 1) > 1) card.loadChange();
      }
      scheduleDraw(update.questionId);
    },
  }, { key: moderatorKey });
}
