// One way to save a moderator's settings form: the button is disabled while the request runs, the note says
// "Saving…" then "Saved", and a refusal shows in the form's problem box (a refused key is the console's to handle).
import { clearProblem, showProblem } from './api.js';
import { t } from './i18n.js';

/** Runs send(); resolves true when it succeeded. */
export async function saveSettings({ button, note, problemBox, moderator, send }) {
  button.disabled = true;
  clearProblem(problemBox);
  note.textContent = t('weighting.saving');
  try {
    await send();
    note.textContent = t('weighting.saved');
    return true;
  } catch (error) {
    note.textContent = '';
    if (!moderator.rejected(error)) showProblem(problemBox, error);
    return false;
  } finally {
    button.disabled = false;
  }
}
