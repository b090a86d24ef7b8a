// The six UN languages for every word the pages show. Dictionaries are flat JSON files under /i18n/, one
// per language, keyed by dotted names; English fills any key a translation lacks, so a missing string
// shows English rather than a key. Session content (prompts, options, groups a moderator renamed) is
// shown as the moderator wrote it; only the default IGF group catalogue is translated (see labels.js).
import { h, s } from './dom.js';

const STORAGE_KEY = 'consensuslab:language';

/** In the UN's order (English alphabetical), each named in its own language. */
export const LANGUAGES = [
  { code: 'ar', name: '\u0627\u0644\u0639\u0631\u0628\u064a\u0629', dir: 'rtl' },
  { code: 'zh', name: '\u4e2d\u6587', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Fran\u00e7ais', dir: 'ltr' },
  { code: 'ru', name: '\u0420\u0443\u0441\u0441\u043a\u0438\u0439', dir: 'ltr' },
  { code: 'es', name: 'Espa\u00f1ol', dir: 'ltr' },
];

let language = 'en';
let strings = {};
let fallback = {};
let plurals = new Intl.PluralRules('en');

function supported(tag) {
  const base = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.some((l) => l.code === base) ? base : null;
}

function remember(code) {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}

/** ?lang= (a QR code may carry it), then the stored choice, then the browser's languages, then English. */
function chooseLanguage() {
  const fromUrl = supported(new URLSearchParams(location.search).get('lang'));
  if (fromUrl) {
    remember(fromUrl);
    return fromUrl;
  }
  try {
    const stored = supported(localStorage.getItem(STORAGE_KEY));
    if (stored) return stored;
  } catch {
    // Fall through to the browser's preference.
  }
  for (const tag of navigator.languages?.length ? navigator.languages : [navigator.language]) {
    const code = supported(tag);
    if (code) return code;
  }
  return 'en';
}

async function load(code) {
  const response = await fetch(`/i18n/${code}.json`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`/i18n/${code}.json: ${response.status}`);
  return response.json();
}

export function currentLanguage() {
  return language;
}

export function isRtl() {
  return LANGUAGES.find((l) => l.code === language)?.dir === 'rtl';
}

/**
 * The locale for Intl formatting. Digits stay Western (UN Arabic documents use them too), so a figure
 * reads the same on the projector and on every phone.
 */
export function locale() {
  return `${language}-u-nu-latn`;
}

/** The string for key with {name} placeholders filled; English, then the key itself, when missing. */
export function t(key, params) {
  const text = strings[key] ?? fallback[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name) => (params[name] === undefined || params[name] === null ? match : String(params[name])));
}

/**
 * Like t(), but a parameter may be an element (or a list of elements and strings), which is kept as it is: a sentence
 * that names user text (a group, an axis end) holds it in its own <bdi> rather than flattened into one string.
 * Returns a list for h() or replaceContent().
 */
export function tParts(key, params) {
  const text = strings[key] ?? fallback[key] ?? key;
  const parts = [];
  let from = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const value = params?.[match[1]];
    if (value === undefined || value === null) continue;
    parts.push(text.slice(from, match.index), value);
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

/** A string that depends on a count: key.one, key.few, … chosen by the language's plural rules. */
export function tn(key, count, params = {}) {
  const rule = plurals.select(Number(count) || 0);
  const text = strings[`${key}.${rule}`] ?? strings[`${key}.other`] ?? fallback[`${key}.${rule}`] ?? fallback[`${key}.other`] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => {
    if (name === 'count') return String(count);
    return params[name] === undefined || params[name] === null ? match : String(params[name]);
  });
}

/** Whether a translation exists (in this language or English). */
export function has(key) {
  return key in strings || key in fallback;
}

/** Fills elements marked data-i18n="key" and data-i18n-attr="attribute:key;attribute:key". */
export function translateStatic(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      if (attribute && key) element.setAttribute(attribute, t(key));
    }
  }
}

/** A small globe drawn in SVG: emoji fonts are not on every projector computer. */
function globe() {
  return s('svg', { viewBox: '0 0 24 24', class: 'globe', 'aria-hidden': 'true', focusable: 'false' },
    s('circle', { cx: 12, cy: 12, r: 9.5 }),
    s('path', { d: 'M2.5 12h19M12 2.5c2.8 2.7 4.2 5.9 4.2 9.5s-1.4 6.8-4.2 9.5M12 2.5C9.2 5.2 7.8 8.4 7.8 12s1.4 6.8 4.2 9.5' }));
}

function languagePicker() {
  const select = h('select', { id: 'language-select', class: 'language-select' },
    LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code, selected: l.code === language }, l.name)));
  select.addEventListener('change', () => {
    remember(select.value);
    // Drop a ?lang= from the address, or it would win again over the choice just made.
    const url = new URL(location.href);
    url.searchParams.delete('lang');
    window.dispatchEvent(new Event('consensuslab:language-change'));
    location.replace(url.href);
  });
  return h('div', { class: 'language-picker' },
    h('label', { for: 'language-select' }, globe(),
      h('span', { class: 'language-label' }, t('language.label'))),
    select);
}

/**
 * Loads the dictionaries, sets <html lang dir>, translates the static markup and mounts the language
 * picker into #language-picker. Pages call it once before drawing anything.
 */
export async function initI18n() {
  language = chooseLanguage();
  const [english, own] = await Promise.all([
    load('en').catch(() => ({})),
    language === 'en' ? Promise.resolve(null) : load(language).catch(() => null),
  ]);
  fallback = english;
  if (own) {
    strings = own;
  } else {
    strings = english;
    language = 'en';
  }
  plurals = new Intl.PluralRules(language);
  document.documentElement.lang = language === 'zh' ? 'zh-Hans' : language;
  document.documentElement.dir = isRtl() ? 'rtl' : 'ltr';
  translateStatic(document);
  document.getElementById('language-picker')?.replaceChildren(languagePicker());
}
