// Fetch helpers for the ConsensusLab API and the one way pages show its problems (RFC 9457
// application/problem+json). Every failure, network errors included, becomes an ApiError carrying a
// human detail, so callers only decide where to show it.
import { h } from './dom.js';
import { t } from './i18n.js';

export class ApiError extends Error {
  constructor({ title, detail, status, type }) {
    super(detail || title || t('problem.failed'));
    this.title = title || t('problem.generic');
    this.detail = detail || '';
    this.status = status ?? 0;
    this.type = type;
  }

  /** The server no longer accepts this participant's token: it was revoked or belongs to another session. */
  get isUnauthorized() {
    return this.status === 401 || this.status === 403;
  }
}

/** The API path of a session; codes go through encodeURIComponent since they come from the address bar. */
export function sessionPath(code, ...rest) {
  return ['/api/sessions', encodeURIComponent(code), ...rest.map((part) => encodeURIComponent(part))].join('/');
}

async function readProblem(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      return { ...body, status: body.status ?? response.status };
    } catch {
      // A proxy may answer with a broken body; fall through to the generic text.
    }
  }
  return {
    status: response.status,
    title: response.statusText || t('problem.status', { status: response.status }),
    detail: t('problem.statusDetail', { status: response.status }),
  };
}

/**
 * Sends one request and returns the parsed JSON body (or null when there is none).
 * options: { body, token, moderatorKey, linkedKeys, creationKey, signal }: token is a participant's bearer token, moderatorKey
 * the session's moderator key (sent as X-Moderator-Key), linkedKeys the comma-separated keys of other sessions a
 * comparison may show (X-Linked-Keys), creationKey the server's key for creating sessions (sent as X-Creation-Key;
 * only servers that set one ask for it).
 */
export async function request(method, url, { body, token, moderatorKey, linkedKeys, creationKey, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (moderatorKey) headers['X-Moderator-Key'] = moderatorKey;
  if (linkedKeys) headers['X-Linked-Keys'] = linkedKeys;
  if (creationKey) headers['X-Creation-Key'] = creationKey;

  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError({
      title: t('problem.offline'),
      detail: t('problem.offlineDetail'),
    });
  }

  if (!response.ok) throw new ApiError(await readProblem(response));
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({ status: response.status, title: t('problem.unreadable'), detail: t('problem.unreadableDetail') });
  }
}

export const getJson = (url, options) => request('GET', url, options);
export const postJson = (url, body, options) => request('POST', url, { ...options, body });
export const putJson = (url, body, options) => request('PUT', url, { ...options, body });

/** A file or page address with ?key= for what cannot send headers (links, EventSource). */
export function withKey(url, key) {
  if (!key) return url;
  return `${url}${url.includes('?') ? '&' : '?'}key=${encodeURIComponent(key)}`;
}

/** Shows an error in a container that is an alert region, so screen readers announce it at once. */
export function showProblem(container, error) {
  const problem = error instanceof ApiError ? error : new ApiError({ title: t('problem.generic'), detail: String(error?.message ?? error) });
  container.replaceChildren(
    h('div', { class: 'problem', role: 'alert' },
      h('strong', {}, problem.title),
      problem.detail && problem.detail !== problem.title ? h('p', {}, problem.detail) : null),
  );
  container.hidden = false;
}

export function clearProblem(container) {
  container.replaceChildren();
  container.hidden = true;
}

/**
 * A request id for an answer, a vote or a join: a UUIDv7 (RFC 9562), the time in Unix milliseconds in the first 48
 * bits, random bits after. The ledger's idempotency index is keyed by session, then request id, then participant, so
 * time-ordered ids land at its right-hand edge and a group commit touches a few index pages, where random ids put
 * every answer on a page of its own (issue 15). Built with getRandomValues because crypto.randomUUID exists only in
 * secure contexts, and a forum network may serve the pages over plain http on a LAN address.
 */
export function newRequestId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let milliseconds = Date.now();
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = milliseconds % 256;
    milliseconds = Math.floor(milliseconds / 256);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
