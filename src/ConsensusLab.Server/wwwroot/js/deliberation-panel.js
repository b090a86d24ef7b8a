// A statements question's live figures for the console and the projector: the moderation queue (console only),
// every statement's agree / disagree / pass shares overall and per stakeholder group, the opinion map, what sets each
// opinion group apart, the consensus and bridging statements, and who is in which opinion group. It re-reads
// GET …/deliberation when the live channel says the question changed, at most once a second.
import { clearProblem, getJson, putJson, sessionPath, showProblem, withKey } from './api.js';
import { h, replaceContent } from './dom.js';
import { percent } from './format.js';
import { t } from './i18n.js';
import { groupNameByCode } from './labels.js';
import { opinionGroupColor, opinionGroupName, opinionMap } from './opinion-map.js';

const MIN_INTERVAL_MS = 1000;
const TOP = 5;
// The share of every stakeholder group that must agree before a statement is shown as bridging them.
const BRIDGING_MAJORITY = 0.5;

/**
 * options: { code, question, getSession(), moderatorKey (console: moderation and every statement) or viewKey
 * (projector: the room's view), onRejected(error) }. Returns { element, refresh() }.
 */
export function createDeliberationPanel({ code, question, getSession, moderatorKey = null, viewKey = null, onRejected = () => false }) {
  const moderate = Boolean(moderatorKey);
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const body = h('div', { class: 'deliberation-body' });
  const element = h('div', { class: 'deliberation' }, problemBox, body);
  const url = sessionPath(code, 'questions', question.id, 'deliberation');
  let loadedAt = 0;
  let timer = 0;
  let loading = false;

  async function load() {
    loading = true;
    loadedAt = Date.now();
    try {
      const view = moderate ? await getJson(url, { moderatorKey }) : await getJson(withKey(url, viewKey));
      clearProblem(problemBox);
      render(view);
    } catch (error) {
      if (!onRejected(error)) showProblem(problemBox, error);
    } finally {
      loading = false;
    }
  }

  function refresh() {
    if (timer || loading) {
      timer ||= setTimeout(() => { timer = 0; refresh(); }, MIN_INTERVAL_MS);
      return;
    }
    const wait = loadedAt + MIN_INTERVAL_MS - Date.now();
    if (wait > 0) {
      timer = setTimeout(() => { timer = 0; load(); }, wait);
      return;
    }
    load();
  }

  const groups = () => getSession()?.groups ?? [];
  const byId = (view) => new Map(view.statements.map((st) => [st.id, st]));
  const text = (statement) => h('bdi', { lang: statement?.language ?? undefined }, statement?.text ?? '');

  function render(view) {
    const statements = byId(view);
    replaceContent(body,
      moderate ? queue(view) : null,
      section('deliberation.bridging', bridging(view, statements)),
      section('deliberation.opinionGroups', opinionGroups(view, statements)),
      section('deliberation.consensus', list(consensus(view).slice(0, TOP).map((c) =>
        h('li', {}, text(statements.get(c.statementId)), ' ', h('span', { class: 'muted' }, t('deliberation.consensusScore', { score: c.agree.toFixed(2) })))))),
      moderate ? section('deliberation.statements', statementTable(view.statements)) : null);
  }

  function section(key, content) {
    return h('section', { class: 'deliberation-section' }, h('h4', {}, t(key)), content);
  }

  function list(items) {
    return items.length ? h('ol', { class: 'deliberation-list' }, items) : h('p', { class: 'muted' }, t('deliberation.notYet'));
  }

  /** Pending statements, oldest first, with the moderator's three decisions. */
  function queue(view) {
    const pending = view.statements.filter((st) => st.status === 'pending');
    const decide = async (statement, status, box) => {
      try {
        await putJson(sessionPath(code, 'questions', question.id, 'statements', String(statement.id), 'status'), { status }, { moderatorKey });
        await load();
      } catch (error) {
        if (!onRejected(error)) showProblem(box, error);
      }
    };
    return h('section', { class: 'deliberation-section moderation-queue', 'aria-live': 'polite' },
      h('h4', {}, t('deliberation.queue', { count: pending.length })),
      pending.length === 0 ? h('p', { class: 'muted' }, t('deliberation.queueEmpty')) : h('ul', { class: 'queue-list' }, pending.map((st) => {
        const box = h('div', { class: 'problem-box', hidden: true });
        return h('li', { 'data-statement': st.id },
          h('p', {}, text(st), ' ', h('span', { class: 'muted' }, st.authorGroup ? groupNameByCode(groups(), st.authorGroup) : '')),
          h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'button primary small', onclick: () => decide(st, 'accepted', box) }, t('deliberation.accept')),
            h('button', { type: 'button', class: 'button secondary small', onclick: () => decide(st, 'rejected', box) }, t('deliberation.reject')),
            h('button', { type: 'button', class: 'button secondary small', onclick: () => decide(st, 'meta', box) }, t('deliberation.meta'))),
          box);
      })));
  }

  // Group-informed consensus is a product over the k opinion groups: at least ½ᵏ is what a bare majority agreeing
  // in every opinion group gives, so statements below it are not shown as the room's consensus.
  function consensus(view) {
    const floor = 0.5 ** Math.max(1, view.opinionGroups.length);
    return view.consensus.filter((c) => c.agree >= floor);
  }

  // A statement bridges the groups only when a majority of every stakeholder group agrees with it; the ranking
  // (group-informed consensus) orders those, and the export keeps the full ranking of every statement.
  function bridging(view, statements) {
    const bridges = view.bridging.filter((b) => b.minimumAgreeShare !== null && b.minimumAgreeShare !== undefined
      && b.minimumAgreeShare >= BRIDGING_MAJORITY);
    if (!bridges.length) return h('p', { class: 'muted' }, t('deliberation.bridgingNone'));
    return list(bridges.slice(0, TOP).map((b) => h('li', {}, text(statements.get(b.statementId)), ' ',
      h('span', { class: 'muted' },
        t('deliberation.bridgingScore', { share: percent(b.minimumAgreeShare), group: groupNameByCode(groups(), b.weakestGroup) })))));
  }

  function opinionGroups(view, statements) {
    if (!view.opinionGroups.length) return h('p', { class: 'muted' }, t('deliberation.noGroups'));
    const legend = h('ul', { class: 'opinion-legend' }, view.opinionGroups.map((g) => h('li', {},
      h('span', { class: 'swatch', style: `background:${opinionGroupColor(g.label)}` }), ' ',
      t('deliberation.groupMembers', { name: opinionGroupName(g.label), members: g.members }))));
    const representative = view.opinionGroups.map((g) => h('div', { class: 'representative' },
      h('h5', {}, opinionGroupName(g.label)),
      list(view.representative.filter((r) => r.groupLabel === g.label).slice(0, 3).map((r) => h('li', {},
        h('span', { class: `badge vote-${r.direction}` }, t(`deliberation.${r.direction}`)), ' ', text(statements.get(r.statementId)))))));
    return h('div', { class: 'opinion-groups' },
      h('div', { class: 'opinion-map-wrap' }, opinionMap(view.map, view.opinionGroups), legend),
      h('div', { class: 'representatives' }, representative),
      moderate ? crossTab(view) : null);
  }

  /** Opinion groups × stakeholder groups: the share of each stakeholder group in each opinion group. */
  function crossTab(view) {
    const codes = [...new Set(view.crossTab.map((c) => c.stakeholderGroup))];
    const cell = (label, code) => view.crossTab.find((c) => c.groupLabel === label && c.stakeholderGroup === code);
    return h('table', { class: 'data-table cross-tab' },
      h('caption', {}, t('deliberation.crossTab')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), codes.map((code) => h('th', { scope: 'col' }, groupNameByCode(groups(), code))))),
      h('tbody', {}, view.opinionGroups.map((g) => h('tr', {},
        h('th', { scope: 'row' }, opinionGroupName(g.label)),
        codes.map((code) => {
          const c = cell(g.label, code);
          return h('td', { class: 'num' }, c ? `${c.participants} (${percent(c.shareOfStakeholderGroup)})` : '0');
        })))));
  }

  /** Every statement with its overall shares and each group's agree share. */
  function statementTable(statements) {
    if (!statements.length) return h('p', { class: 'muted' }, t('deliberation.notYet'));
    const codes = groups().map((g) => g.code);
    return h('div', { class: 'table-scroll' }, h('table', { class: 'data-table statement-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('deliberation.statement')), h('th', { scope: 'col' }, t('deliberation.status')),
        h('th', { scope: 'col', class: 'num' }, t('deliberation.votes')), h('th', { scope: 'col', class: 'num' }, t('deliberation.agree')),
        h('th', { scope: 'col', class: 'num' }, t('deliberation.disagree')), h('th', { scope: 'col', class: 'num' }, t('deliberation.pass')),
        codes.map((code) => h('th', { scope: 'col', class: 'num' }, groupNameByCode(groups(), code))))),
      h('tbody', {}, statements.map((st) => {
        const byGroup = new Map(st.figure.groups.map((g) => [g.group, g]));
        return h('tr', { 'data-statement': st.id },
          h('td', {}, text(st)), h('td', {}, t(`statementStatus.${st.status}`)), h('td', { class: 'num' }, String(st.votes)),
          h('td', { class: 'num' }, percent(st.figure.overall.agree?.estimate)),
          h('td', { class: 'num' }, percent(st.figure.overall.disagree?.estimate)),
          h('td', { class: 'num' }, percent(st.figure.overall.pass?.estimate)),
          codes.map((code) => h('td', { class: 'num' }, percent(byGroup.get(code)?.agree?.estimate))));
      }))));
  }

  return { element, refresh };
}
