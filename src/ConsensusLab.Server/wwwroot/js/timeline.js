// The timeline of one question's current round: % agree (Likert) or mean position (position axis), under every
// weighting scheme, so switching schemes redraws the whole history at once. The history comes from the ledger
// (GET …/rounds/{round}/timeline), so a reload draws it again; live meter updates then extend it. A ledger
// point's sequence is the meters' version at that moment, which is how the two are joined without a gap or a
// double point.
import { getJson, sessionPath } from './api.js';
import { h } from './dom.js';
import { isFigure, percent, signed, timeOfDay } from './format.js';
import { isRtl, t } from './i18n.js';
import { SCHEME_CODES } from './labels.js';
import { timelineChart } from './meters.js';

const MAX_POINTS = 600;

function valueOf(question, meters) {
  if (!meters?.overall?.respondents) return null;
  if (question.kind === 'likert') return meters.overall.agree?.estimate ?? null;
  if (question.kind === 'position') return meters.overall.position?.mean ?? null;
  return null;
}

export const hasTimeline = (question) => question.kind === 'likert' || question.kind === 'position';

/**
 * Timelines of a session's questions. key is the moderator's or the projector's view key (the history needs one,
 * like the meters); onChange(questionId) is called when a history arrives, so the page redraws that question.
 */
export function createTimelines(code, key, onChange) {
  const series = new Map(); // question id → { round, points: [{ at, version, values }] }

  /** Replaces a round's points with the ledger's, keeping live points that came after the ledger was read. */
  async function load(question, round) {
    // Without a key the server would refuse (and the browser log a 401): the timeline then starts from live updates.
    if (!key) return;
    let timeline;
    try {
      timeline = await getJson(sessionPath(code, 'questions', question.id, 'rounds', String(round), 'timeline'), { moderatorKey: key });
    } catch {
      // No key, or the server is busy: the timeline starts from the live updates instead.
      return;
    }
    const current = series.get(question.id);
    if (current?.round !== round) return;
    const history = (timeline.points ?? []).map((p) => ({ at: Date.parse(p.recordedAt), version: p.sequence, values: p.values ?? {} }));
    const last = history.at(-1)?.version ?? -Infinity;
    current.points = [...history, ...current.points.filter((p) => p.version > last)].slice(-MAX_POINTS);
    onChange(question.id);
  }

  /** The series of the question's current round, started (and its history asked for) on first use or a new round. */
  function seriesOf(question) {
    const round = question.round ?? 1;
    let current = series.get(question.id);
    if (current?.round !== round) {
      current = { round, points: [] };
      series.set(question.id, current);
      load(question, round);
    }
    return current;
  }

  return {
    /** Asks the ledger again for every question it has seen, e.g. after the live channel reconnected. */
    reload(questions) {
      for (const question of questions.filter(hasTimeline)) {
        series.delete(question.id);
        seriesOf(question);
      }
    },

    /** Records one MeterUpdate; returns true when the timeline gained a point. */
    record(question, update) {
      if (!hasTimeline(question)) return false;
      const { points } = seriesOf(question);
      const values = Object.fromEntries(SCHEME_CODES.map((scheme) => [scheme, valueOf(question, update.meters?.[scheme])]));
      if (!SCHEME_CODES.some((scheme) => isFigure(values[scheme]))) return false;
      const last = points.at(-1);
      if (last && update.version <= last.version) return false;
      // The client's clock, never before the ledger's last point, so the line runs forward.
      points.push({ at: Math.max(Date.now(), last?.at ?? 0), version: update.version, values });
      if (points.length > MAX_POINTS) points.splice(0, points.length - MAX_POINTS);
      return true;
    },

    /** The chart of one question under one scheme, or a note while there is nothing to draw. */
    render(question, scheme) {
      if (!hasTimeline(question)) return null;
      const points = seriesOf(question).points.map((p) => ({ at: p.at, value: p.values?.[scheme] })).filter((p) => isFigure(p.value));
      const caption = question.kind === 'likert' ? t('timeline.agree') : t('timeline.mean');
      if (points.length === 0) {
        return h('figure', { class: 'timeline-box' }, h('figcaption', {}, caption), h('p', { class: 'muted' }, t('timeline.empty')));
      }
      const likert = question.kind === 'likert';
      const format = likert ? (v) => percent(v) : (v) => signed(v, 0);
      const last = points.at(-1);
      const label = t('timeline.label', {
        caption, count: points.length, first: format(points[0].value), last: format(last.value), time: timeOfDay(last.at, false),
      });
      return h('figure', { class: 'timeline-box', 'data-points': String(points.length) },
        h('figcaption', {}, caption),
        timelineChart(points, {
          min: likert ? 0 : -1,
          max: 1,
          reference: likert ? 0.5 : question.axis?.statusQuo ?? 0,
          format,
          timeFormat: (at) => timeOfDay(at, false),
          rtl: isRtl(),
        }, label));
    },
  };
}
