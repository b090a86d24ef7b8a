// Leaving a session from the participant page. A modal dialog says what withdrawing does and asks to confirm; then
// POST …/participants/me/withdraw: every answer of the participant stops counting, the ledger records the withdrawal,
// and the token stops working. "Cancel" is the default, so a stray tap withdraws nothing.
import { ApiError, clearProblem, postJson, sessionPath, showProblem } from './api.js';
import { h, uid } from './dom.js';
import { t } from './i18n.js';

/**
 * Asks, then withdraws. options: { code, token, heading, explanation (text or parts), confirmLabel }.
 * Resolves 'withdrawn' once the server has withdrawn the participant, 'unknown' when the server no longer accepts the
 * token (withdrawn already, or the session's store was reset: there is nothing left to withdraw), or 'cancelled'.
 */
export function confirmWithdrawal({ code, token, heading, explanation, confirmLabel }) {
  const headingId = uid('withdraw');
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const cancel = h('button', { type: 'button', class: 'button secondary', autofocus: true }, t('participant.cancel'));
  const confirm = h('button', { type: 'button', class: 'button danger' }, confirmLabel);
  const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, heading),
    h('p', {}, explanation),
    problemBox,
    h('div', { class: 'actions' }, cancel, confirm));
  document.body.append(dialog);

  return new Promise((resolve) => {
    let outcome = 'cancelled';
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(outcome);
    });
    cancel.addEventListener('click', () => dialog.close());
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      cancel.disabled = true;
      confirm.textContent = t('participant.withdrawing');
      clearProblem(problemBox);
      try {
        await postJson(sessionPath(code, 'participants', 'me', 'withdraw'), undefined, { token });
        outcome = 'withdrawn';
        dialog.close();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          outcome = 'unknown';
          dialog.close();
          return;
        }
        // A closed session (409), the store away for a moment (503): say so and let the participant try again or cancel.
        showProblem(problemBox, error);
        confirm.disabled = false;
        cancel.disabled = false;
        confirm.textContent = confirmLabel;
      }
    });
    dialog.showModal();
  });
}
