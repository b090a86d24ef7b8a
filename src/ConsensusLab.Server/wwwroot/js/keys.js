// The keys that make a browser a session's moderator or its projector. The moderator key is shown once
// when the session is created; it is kept in localStorage per session, and a moderator link carries it
// in the URL fragment (#key=…), which browsers never send to the server or put in a Referer.
const storageKey = (role, code) => `consensuslab:${role}-key:${code}`;

function load(role, code) {
  try {
    return localStorage.getItem(storageKey(role, code)) || null;
  } catch {
    return null;
  }
}

function save(role, code, key) {
  try {
    if (key) localStorage.setItem(storageKey(role, code), key); else localStorage.removeItem(storageKey(role, code));
  } catch {
    // Storage blocked: the key held in memory serves this visit.
  }
}

export const loadModeratorKey = (code) => load('moderator', code);
export const saveModeratorKey = (code, key) => save('moderator', code, key);
export const loadViewKey = (code) => load('view', code);
export const saveViewKey = (code, key) => save('view', code, key);

/** A key pasted as the whole link, as "#key=…", or bare. */
export function parseKey(text) {
  const value = String(text ?? '').trim();
  const match = /[#&?]key=([^&#\s]+)/.exec(value) ?? /^key=([^&#\s]+)$/.exec(value);
  if (match) return decodeURIComponent(match[1]);
  return /^[\w\-.~%+/=]+$/.test(value) ? value : null;
}

/** Reads #key=… from the address, then removes the fragment so it does not linger on screen or in history. */
export function takeKeyFromFragment() {
  const match = /(?:^#|&)key=([^&]+)/.exec(location.hash);
  if (!match) return null;
  history.replaceState(history.state, '', location.pathname + location.search);
  return decodeURIComponent(match[1]);
}

/** Every moderator and view key this browser keeps, for a comparison that reads the other sessions of a series. */
export function storedKeys() {
  const keys = [];
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const name = localStorage.key(i) ?? '';
      if (/^consensuslab:(moderator|view)-key:/.test(name)) keys.push(localStorage.getItem(name));
    }
  } catch {
    // Storage blocked: only the session's own key is sent.
  }
  return keys.filter(Boolean);
}
