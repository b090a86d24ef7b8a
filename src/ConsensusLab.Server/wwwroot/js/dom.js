// Small element builders. Pages are built from server data (titles, group names, options typed by
// moderators), so every text goes in as a text node, never as HTML: nothing a moderator types can run.

const PROPERTIES = new Set(['value', 'checked', 'disabled', 'hidden', 'selected', 'required', 'multiple']);

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/** Creates an HTML element: h('button', { class: 'primary', onclick }, 'Send'). */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      element.className = value;
    } else if (PROPERTIES.has(key)) {
      element[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/**
 * Text someone typed into a session (a title, prompt, option, group name or axis label) as an isolate: a <bdi> takes
 * its direction from its own first strong letter and keeps any bidirectional control inside it (U+202E in an option
 * cannot reverse the sentence around it), and app.css lets it break anywhere, so one long word never widens the page.
 */
export function userText(text) {
  return h('bdi', {}, text);
}

/**
 * The same isolation for places that take a plain string (the tab title, aria-label, an <option>, an SVG title):
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE around the text.
 */
export function isolate(text) {
  return `\u2068${text ?? ''}\u2069`;
}

/** Like replaceChildren, but skips null/false children the way h() does (replaceChildren would print "null"). */
export function replaceContent(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element; numbers are rounded so the markup stays short and stable between redraws. */
export function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    element.setAttribute(key, typeof value === 'number' ? String(Math.round(value * 100) / 100) : value);
  }
  append(element, children);
  return element;
}

let nextId = 0;

/** A document-unique id, for label/aria wiring between elements built in code. */
export function uid(prefix = 'id') {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
