// Number formatting for figures that may be undefined. The server sends null for a figure that has no
// meaning yet (no answers, one group only); a page must show a dash for it, never "NaN" or "0%".
import { locale, t } from './i18n.js';

export const DASH = '\u2014';
const MINUS = '\u2212';

export function isFigure(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

/** 0.625 → "63%". Digits are Western in every language, so the room's screens all read alike. */
export function percent(share, digits = 0) {
  return isFigure(share) ? `${(share * 100).toFixed(digits)}%` : DASH;
}

/**
 * A signed number as a left-to-right isolate (LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE). A sign is a weak
 * character: in an Arabic sentence "−0.08" would otherwise take the sentence's direction and read "0.08−". Characters
 * rather than an element, so the isolation holds in every place a figure goes: text, aria-label, SVG text, page title.
 */
export function ltr(text) {
  return `\u2066${text}\u2069`;
}

/** Plain number with fixed decimals; whole numbers stay whole when digits is 0. */
export function number(value, digits = 0) {
  if (!isFigure(value)) return DASH;
  const text = value.toFixed(digits);
  return text.startsWith('-') && Number(text) !== 0 ? ltr(MINUS + text.slice(1)) : text.replace('-', '');
}

/** Position on the −1..+1 axis, with an explicit sign so "left" and "right" read at a glance. */
export function signed(value, digits = 2) {
  if (!isFigure(value)) return DASH;
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return ltr(`${value < 0 ? MINUS : '+'}${text}`);
}

/** The ends of the position axis, "−1" and "+1", isolated like every signed figure. */
export const AXIS_MIN = ltr(`${MINUS}1`);
export const AXIS_MAX = ltr('+1');

/** A p-value with three decimals, "< 0.001" below that: smaller digits would claim a precision the test lacks. */
export function pValue(value) {
  return isFigure(value) ? (value < 0.001 ? '< 0.001' : value.toFixed(3)) : DASH;
}

/**
 * A percentage range "51–72%" for an interval, or a dash when either end is undefined. Isolated left-to-right like a
 * signed figure: a dash between two numbers does not join them, and in Arabic the range would read "72%–51".
 */
export function percentRange(lower, upper) {
  if (!isFigure(lower) || !isFigure(upper)) return DASH;
  return ltr(`${(lower * 100).toFixed(0)}\u2013${(upper * 100).toFixed(0)}%`);
}

export function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}

/** Local time of day with seconds: confirmations must show that this very answer was counted. */
export function timeOfDay(date, withSeconds = true) {
  const moment = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(moment.getTime())) return '';
  return moment.toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit', second: withSeconds ? '2-digit' : undefined });
}

/** "under-18" → "Under 18", "18-24" → "18–24", "60-plus" → "60 and over", in the page's language. */
export function ageBandLabel(code) {
  const text = String(code);
  let match = /^under-(\d+)$/.exec(text);
  if (match) return t('age.under', { age: match[1] });
  match = /^(\d+)-plus$/.exec(text);
  if (match) return t('age.plus', { age: match[1] });
  match = /^(\d+)-(\d+)$/.exec(text);
  if (match) return `${match[1]}\u2013${match[2]}`;
  return text;
}
