// A linked question's part of its console card: the series it is linked by (set, change or unlink it) and, once
// linked, the trend across the linked sessions (trend.js). The comparison is read when the card appears and whenever
// the series changes; switching the weighting redraws it from what was read.
import { clearProblem, putJson, request, sessionPath, showProblem } from './api.js';
import { h, replaceContent, uid } from './dom.js';
import { t } from './i18n.js';
import { loadComparison, renderComparison } from './trend.js';

/** options: { key, rejected(error) → bool, groups() → the session's groups }. */
export function createSeriesPanel(code, question, { key, rejected, groups }) {
  const path = sessionPath(code, 'questions', question.id, 'series');
  const inputId = uid('series');
  const input = h('input', { id: inputId, type: 'text', maxlength: '64', placeholder: t('comparison.placeholder'), autocomplete: 'off' });
  const link = h('button', { type: 'button', class: 'button secondary small' }, t('comparison.link'));
  const unlink = h('button', { type: 'button', class: 'button secondary small' }, t('comparison.unlink'));
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const trend = h('div', { class: 'trend-slot' });
  let current = question;
  let loadedSeries = null;
  let comparison = null;
  let drawnScheme = null;

  async function send(method, body) {
    clearProblem(problemBox);
    try {
      // The live channel brings the session with the question's new series; the card then reloads the comparison.
      current = method === 'PUT' ? await putJson(path, body, { moderatorKey: key }) : await request(method, path, { moderatorKey: key });
      update(current);
    } catch (error) {
      if (!rejected(error)) showProblem(problemBox, error);
    }
  }
  link.addEventListener('click', () => send('PUT', { series: input.value }));
  unlink.addEventListener('click', () => send('DELETE'));

  async function load() {
    const series = current.series ?? null;
    loadedSeries = series;
    const loaded = series ? await loadComparison(code, current, key) : null;
    if (loadedSeries !== series) return;
    comparison = loaded;
    drawnScheme = null;
  }

  function update(next) {
    current = next;
    if (document.activeElement !== input) input.value = next.series ?? '';
    unlink.disabled = !next.series;
    if ((next.series ?? null) !== loadedSeries) {
      replaceContent(trend);
      load().then(() => panel.onLoaded?.());
    }
  }

  const panel = {
    element: h('div', { class: 'series-panel' },
      h('div', { class: 'series-form' },
        h('label', { for: inputId }, t('comparison.series')), input, link, unlink,
        h('span', { class: 'muted' }, t('comparison.seriesHelp'))),
      problemBox,
      trend),
    update,
    /** Draws the comparison under the scheme, once per scheme and comparison read. */
    render(scheme) {
      if (!comparison || drawnScheme === scheme) return;
      drawnScheme = scheme;
      replaceContent(trend, renderComparison(comparison, groups(), scheme));
    },
    onLoaded: null,
  };
  update(question);
  return panel;
}
