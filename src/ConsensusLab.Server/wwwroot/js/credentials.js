// The participant's token per session, kept in localStorage so a phone that reloads or returns later
// skips the join form. Storage can be unavailable (private browsing, blocked cookies): the page then
// still works for this visit and simply asks again next time.

const key = (code) => `consensuslab:participant:${code}`;

/** { token, participantId, groupName, countryName } or null. */
export function loadCredentials(code) {
  try {
    const stored = JSON.parse(localStorage.getItem(key(code)) ?? 'null');
    return stored && typeof stored.token === 'string' ? stored : null;
  } catch {
    return null;
  }
}

export function saveCredentials(code, credentials) {
  try {
    localStorage.setItem(key(code), JSON.stringify(credentials));
  } catch {
    // Not persisted: the in-memory copy the caller holds is enough for this visit.
  }
}

export function forgetCredentials(code) {
  try {
    localStorage.removeItem(key(code));
  } catch {
    // Nothing stored, nothing to forget.
  }
}
