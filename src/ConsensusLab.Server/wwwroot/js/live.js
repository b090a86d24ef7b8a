// Server-sent-events client for /api/sessions/{code}/live.
// EventSource reconnects by itself after a dropped connection; it gives up only when the server answers
// with an error status or a wrong content type (readyState CLOSED), e.g. while the server restarts.
// Then we open a new one with a growing delay. After any reconnect the server sends full snapshots
// (a `session` event, then one `meters` event per question), so nothing else needs replaying.
import { sessionPath } from './api.js';
import { t } from './i18n.js';

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30000;

/**
 * Connects and calls handlers.onSession(sessionView), handlers.onMeters(meterUpdate) and
 * handlers.onState('connecting' | 'live' | 'reconnecting'). Returns { close() }.
 * options.meters = false asks the server to leave meter events out (`?meters=false`): a phone needs only
 * the session, and the meters of a busy session run to tens of kilobytes a second. A server that does
 * not know the parameter ignores it and the page simply drops those events.
 * options.key is the moderator's or the projector's key (`?key=`: EventSource cannot send headers);
 * without one the server sends sessions and the meters of revealed questions only.
 */
export function connectLive(code, handlers, { meters = true, key = null } = {}) {
  const query = new URLSearchParams();
  if (!meters) query.set('meters', 'false');
  if (key) query.set('key', key);
  const url = sessionPath(code, 'live') + (query.size ? `?${query}` : '');
  let source = null;
  let retryMs = FIRST_RETRY_MS;
  let timer = 0;
  let closed = false;

  const deliver = (handler) => (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      console.warn('ConsensusLab: ignored an unreadable live event', event.type);
      return;
    }
    handler?.(data);
  };

  function open() {
    handlers.onState?.(source ? 'reconnecting' : 'connecting');
    source = new EventSource(url);
    source.addEventListener('open', () => {
      retryMs = FIRST_RETRY_MS;
      handlers.onState?.('live');
    });
    source.addEventListener('session', deliver(handlers.onSession));
    source.addEventListener('meters', deliver(handlers.onMeters));
    source.addEventListener('error', () => {
      if (closed) return;
      handlers.onState?.('reconnecting');
      if (source.readyState === EventSource.CLOSED) {
        clearTimeout(timer);
        timer = setTimeout(open, retryMs);
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      }
    });
  }

  open();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      source?.close();
    },
  };
}


/** Returns an onState handler that keeps a small status pill up to date. */
export function liveIndicator(element) {
  return (state) => {
    // The pill is a status region: rewriting the same text would make screen readers repeat it.
    if (element.dataset.state === state) return;
    element.dataset.state = state;
    element.textContent = t(`live.${state}`);
    element.hidden = false;
  };
}
