// /moderate creates a session; /moderate/{code} is that session's console. One page serves both so the
// server maps a single file.
import { startConsole } from './console.js';
import { initI18n } from './i18n.js';
import { liveIndicator } from './live.js';
import { startCreate } from './session-create.js';

await initI18n();

const main = document.getElementById('main');
const code = decodeURIComponent(location.pathname.split('/')[2] ?? '').trim().toUpperCase();

if (code) {
  startConsole(main, code, liveIndicator(document.getElementById('live-status')));
} else {
  startCreate(main);
}
