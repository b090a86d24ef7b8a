// The moderator's timeline of one question: % agree (Likert) or mean position (position axis) after each
// meter update, under every weighting scheme, so switching schemes redraws the whole history at once.
// Client-side only: kept in sessionStorage so a reload (a language change, say) does not wipe it.
import { h } from './dom.js';
import { isFigure, percent, signed, timeOfDay } from './format.js';
import { isRtl, t } from './i18n.js';
import { SCHEME_CODES } from './labels.js';
import { timelineChart } from './meters.js';

const MAX_POINTS = 600;
const storageKey = (code) => `consensuslab:timeline:${code}`;

function valueOf(question, meters) {
  if (!meters?.overall?.respondents) return null;
  if (question.kind === 'likert') return meters.overall.agree?.estimate ?? null;
  if (question.kind === 'position') return meters.overall.position?.mean ?? null;
  return null;
}

export const hasTimeline = (question) => question.kind === 'likert' || question.kind === 'position';

export function createTimelines(code) {
  let store = {};
  try {
    store = JSON.parse(sessionStorage.getItem(storageKey(code)) ?? '{}') ?? {};
  } catch {
    store = {};
  }
  let saveTimer = 0;
  const save = () => {
    saveTimer ||= setTimeout(() => {
      saveTimer = 0;
      try {
        sessionStorage.setItem(storageKey(code), JSON.stringify(store));
      } catch {
        // Full or blocked: the timeline lives on in memory.
      }
    }, 1000);
  };
  window.addEventListener('consensuslab:language-change', () => {
    try {
      sessionStorage.setItem(storageKey(code), JSON.stringify(store));
    } catch {
      // Nothing to keep.
    }
  });

  return {
    /** Records one MeterUpdate; returns true when the timeline gained a point. */
    record(question, update) {
      if (!hasTimeline(question)) return false;
      const values = Object.fromEntries(SCHEME_CODES.map((scheme) => [scheme, valueOf(question, update.meters?.[scheme])]));
      if (!SCHEME_CODES.some((scheme) => isFigure(values[scheme]))) return false;
      const points = (store[question.id] ??= []);
      const last = points.at(-1);
      if (last && last.version === update.version && last.round === (question.round ?? 1)) return false;
      points.push({ at: Date.now(), version: update.version, round: question.round ?? 1, values });
      if (points.length > MAX_POINTS) points.splice(0, points.length - MAX_POINTS);
      save();
      return true;
    },

    /** The chart of one question under one scheme, or a note while there is nothing to draw. */
    render(question, scheme) {
      const points = (store[question.id] ?? []).map((p) => ({ at: p.at, value: p.values?.[scheme] })).filter((p) => isFigure(p.value));
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
      return h('figure', { class: 'timeline-box' },
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
