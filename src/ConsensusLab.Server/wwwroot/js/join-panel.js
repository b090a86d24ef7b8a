// How participants get in: the join URL and its QR code, plus a full-screen view for the projector.
import { sessionPath } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

export function createJoinPanel(code) {
  const qrSource = sessionPath(code, 'qr.svg');
  // An address reads left to right in every language; in Arabic its digits and slashes would otherwise be reordered.
  const url = h('p', { class: 'join-url', dir: 'ltr' });
  const bigUrl = h('p', { class: 'join-url big', dir: 'ltr' });
  const copyNote = h('span', { class: 'muted', 'aria-live': 'polite' });
  let joinUrl = '';

  const dialog = h('dialog', { class: 'present', 'aria-label': t('join.heading') },
    h('p', { class: 'present-lead' }, t('projector.scan')),
    bigUrl,
    h('img', { src: qrSource, alt: '', class: 'qr big' }),
    h('p', { class: 'present-code' }, `${t('projector.code')} `, h('strong', {}, code)),
    h('form', { method: 'dialog' }, h('button', { class: 'button secondary' }, t('console.closeDialog'))));

  const copy = h('button', { type: 'button', class: 'button secondary small' }, t('console.copyLink'));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(joinUrl);
      copyNote.textContent = t('console.copied');
    } catch {
      // The clipboard needs a secure context; select the text so Ctrl+C works instead.
      getSelection().selectAllChildren(url);
      copyNote.textContent = t('console.selected');
    }
  });
  const present = h('button', { type: 'button', class: 'button secondary small' }, t('console.showRoom'));
  present.addEventListener('click', () => dialog.showModal());

  const element = h('aside', { class: 'card join-panel', 'aria-label': t('console.howToJoin') },
    h('img', { src: qrSource, alt: t('projector.qrAlt'), class: 'qr', width: '160', height: '160' }),
    h('div', { class: 'join-details' },
      h('p', { class: 'eyebrow' }, t('console.joinAt')),
      url,
      h('p', { class: 'join-code' }, `${t('projector.code')} `, h('strong', {}, code)),
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
