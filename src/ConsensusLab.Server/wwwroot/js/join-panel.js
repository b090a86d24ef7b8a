// How participants get in: the join URL and its QR code, plus a full-screen view for the projector.
import { sessionPath } from './api.js';
import { h } from './dom.js';

export function createJoinPanel(code) {
  const qrSource = sessionPath(code, 'qr.svg');
  const url = h('p', { class: 'join-url' });
  const bigUrl = h('p', { class: 'join-url big' });
  const copyNote = h('span', { class: 'muted', 'aria-live': 'polite' });
  let joinUrl = '';

  const dialog = h('dialog', { class: 'present', 'aria-label': 'Join this session' },
    h('p', { class: 'present-lead' }, 'Scan to join, or go to'),
    bigUrl,
    h('img', { src: qrSource, alt: '', class: 'qr big' }),
    h('p', { class: 'present-code' }, 'Code ', h('strong', {}, code)),
    h('form', { method: 'dialog' }, h('button', { class: 'button secondary' }, 'Close')));

  const copy = h('button', { type: 'button', class: 'button secondary small' }, 'Copy link');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(joinUrl);
      copyNote.textContent = 'Copied';
    } catch {
      // The clipboard needs a secure context; select the text so Ctrl+C works instead.
      getSelection().selectAllChildren(url);
      copyNote.textContent = 'Selected: press Ctrl+C to copy';
    }
  });
  const present = h('button', { type: 'button', class: 'button secondary small' }, 'Show to the room');
  present.addEventListener('click', () => dialog.showModal());

  const element = h('aside', { class: 'card join-panel', 'aria-label': 'How to join' },
    h('img', { src: qrSource, alt: 'QR code that opens the join page', class: 'qr', width: '160', height: '160' }),
    h('div', { class: 'join-details' },
      h('p', { class: 'eyebrow' }, 'Join at'),
      url,
      h('p', { class: 'join-code' }, 'Code ', h('strong', {}, code)),
      h('div', { class: 'actions' }, copy, present, copyNote)),
    dialog);

  return {
    element,
    update(session) {
      joinUrl = session.joinUrl || `${location.origin}/join/${encodeURIComponent(code)}`;
      url.textContent = joinUrl;
      bigUrl.textContent = joinUrl.replace(/^https?:\/\//, '');
    },
  };
}
