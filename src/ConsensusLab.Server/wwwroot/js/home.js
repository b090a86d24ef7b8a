// The home page's join box: normalise what was typed and go to /join/{CODE}.
// Codes use 2–9 and letters without I, L and O (see SessionCode on the server), so a typed O or I is a
// likely misreading worth pointing out rather than a silent 404.
import { initI18n, t } from './i18n.js';

const CODE_PATTERN = /^[2-9A-HJKMNP-Z]{6}$/;

await initI18n();
document.title = `${t('home.title')} \u2013 ConsensusLab`;

const form = document.getElementById('join-code');
const input = document.getElementById('code');
const error = document.getElementById('code-error');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const code = input.value.replace(/[\s-]/g, '').toUpperCase();
  if (!CODE_PATTERN.test(code)) {
    error.textContent = /[01OIL]/.test(code) ? t('home.codeMisread') : t('home.codeInvalid');
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  location.assign(`/join/${encodeURIComponent(code)}`);
});

input.addEventListener('input', () => {
  error.hidden = true;
  input.removeAttribute('aria-invalid');
});
