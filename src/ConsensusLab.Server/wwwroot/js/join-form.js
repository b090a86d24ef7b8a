// The join form: stakeholder group, country, attendance and the optional gender and age band.
// The country is a text input with a datalist so it can be searched on a phone keyboard; the page shows
// names and sends the ISO 3166-1 alpha-2 code.
import { ApiError, clearProblem, getJson, newRequestId, postJson, sessionPath, showProblem } from './api.js';
import { h, uid } from './dom.js';
import { ageBandLabel } from './format.js';
import { ATTENDANCE, GENDERS, NOT_LISTED_COUNTRY } from './labels.js';

let countriesPromise = null;

/** [{ iso2, name }] sorted by name, with "Other / not listed" last; loaded once per page. */
function loadCountries() {
  countriesPromise ??= getJson('/api/countries').then((rows) => {
    const countries = (Array.isArray(rows) ? rows : [])
      .map((row) => ({ iso2: String(row.iso2 ?? row.code ?? '').toUpperCase(), name: String(row.name ?? '') }))
      .filter((c) => c.iso2 && c.name && c.iso2 !== NOT_LISTED_COUNTRY.iso2)
      .sort((a, b) => a.name.localeCompare(b.name));
    return [...countries, NOT_LISTED_COUNTRY];
  }).catch((error) => {
    countriesPromise = null; // let a later attempt try again
    throw error;
  });
  return countriesPromise;
}

// Names carry accents and a typographic apostrophe (Côte d’Ivoire); people type neither.
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u2019`]/g, "'").toLowerCase().trim();

/** The country a typed text means: exact name, ISO code, or a single name containing the text. */
function matchCountry(typed, countries) {
  const wanted = fold(typed);
  if (!wanted) return null;
  const exact = countries.find((c) => fold(c.name) === wanted || c.iso2.toLowerCase() === wanted);
  if (exact) return exact;
  const partial = countries.filter((c) => fold(c.name).includes(wanted));
  return partial.length === 1 ? partial[0] : null;
}

function radioField({ legend, name, options, required, help, inline = false }) {
  const errorId = uid('error');
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const fieldset = h('fieldset', { class: 'field' },
    h('legend', {}, legend, required ? null : h('span', { class: 'optional' }, ' (optional)')),
    help ? h('p', { class: 'help' }, help) : null,
    h('div', { class: inline ? 'choices choices-inline' : 'choices' }, options.map((option) => {
      const helpId = option.help ? uid('help') : null;
      return h('label', { class: 'choice' },
        h('input', { type: 'radio', name, value: option.code, 'aria-describedby': helpId }),
        h('span', { class: 'choice-text' },
          h('span', { class: 'choice-name' }, option.name),
          option.help ? h('span', { class: 'choice-help', id: helpId }, option.help) : null));
    })),
    error);
  return { fieldset, error };
}

function setError(field, control, message) {
  field.error.textContent = message ?? '';
  field.error.hidden = !message;
  for (const input of control) {
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-errormessage', field.error.id);
    } else {
      input.removeAttribute('aria-invalid');
    }
  }
}

/** Renders the form into container; onJoined(credentials) runs once the server has accepted the participant. */
export function renderJoinForm(container, session, onJoined) {
  const groups = radioField({
    legend: 'Your stakeholder group', name: 'group', required: true,
    help: 'Choose the group you speak for here today.',
    options: session.groups.map((g) => ({ code: g.code, name: g.name, help: g.description })),
  });
  const attendance = radioField({ legend: 'You take part', name: 'attendance', required: true, options: ATTENDANCE, inline: true });
  const gender = radioField({ legend: 'Gender', name: 'gender', required: false, options: GENDERS, inline: true });

  const countryId = uid('country');
  const countryHelpId = uid('help');
  const datalistId = uid('countries');
  const countryInput = h('input', {
    id: countryId, type: 'text', list: datalistId, autocomplete: 'off', autocapitalize: 'words', spellcheck: 'false',
    'aria-describedby': countryHelpId,
  });
  const datalist = h('datalist', { id: datalistId });
  const country = { error: h('p', { class: 'field-error', id: uid('error'), hidden: true }) };
  const countryField = h('div', { class: 'field' },
    h('label', { for: countryId }, 'Country'),
    h('p', { class: 'help', id: countryHelpId }, `Start typing and pick from the list; choose \u201c${NOT_LISTED_COUNTRY.name}\u201d if yours is missing.`),
    countryInput, datalist, country.error);

  const ageId = uid('age');
  const ageSelect = h('select', { id: ageId },
    h('option', { value: '' }, 'Prefer not to say'),
    (session.ageBands ?? []).map((band) => h('option', { value: band }, ageBandLabel(band))));
  const ageField = h('div', { class: 'field' },
    h('label', { for: ageId }, 'Age', h('span', { class: 'optional' }, ' (optional)')), ageSelect);

  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Join');
  const headingId = uid('heading');
  const form = h('form', { class: 'card join-form', novalidate: true, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, 'Join this session'),
    h('p', { class: 'lead' }, 'Your answers are anonymous. Your group and country let the meters compare stakeholder groups and regions.'),
    groups.fieldset, countryField, attendance.fieldset, gender.fieldset, ageField,
    problemBox,
    h('div', { class: 'actions' }, submit));
  container.replaceChildren(form);

  let countries = [NOT_LISTED_COUNTRY];
  loadCountries().then((list) => {
    countries = list;
    datalist.replaceChildren(...list.map((c) => h('option', { value: c.name })));
  }).catch((error) => showProblem(problemBox, new ApiError({
    title: 'The country list did not load',
    detail: `${error.detail || error.message} You can still type a two-letter country code, or \u201c${NOT_LISTED_COUNTRY.name}\u201d.`,
  })));
  datalist.append(h('option', { value: NOT_LISTED_COUNTRY.name }));

  // A join retried after a lost response reuses its request id, so the participant is not counted twice.
  const requestId = newRequestId();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const groupInputs = [...form.querySelectorAll('input[name="group"]')];
    const attendanceInputs = [...form.querySelectorAll('input[name="attendance"]')];
    const picked = matchCountry(countryInput.value, countries)
      ?? (/^[a-z]{2}$/i.test(countryInput.value.trim()) ? { iso2: countryInput.value.trim().toUpperCase(), name: countryInput.value.trim().toUpperCase() } : null);
    if (picked) countryInput.value = picked.name;

    setError(groups, groupInputs, data.get('group') ? null : 'Choose your stakeholder group.');
    setError(country, [countryInput], picked ? null : `Pick your country from the list, or \u201c${NOT_LISTED_COUNTRY.name}\u201d.`);
    setError(attendance, attendanceInputs, data.get('attendance') ? null : 'Tell us whether you are in the room or online.');
    const firstInvalid = form.querySelector('[aria-invalid="true"]');
    if (firstInvalid) {
      firstInvalid.focus();
      return;
    }

    const group = session.groups.find((g) => g.code === data.get('group'));
    const body = {
      requestId,
      group: group.code,
      country: picked.iso2,
      attendance: data.get('attendance'),
      gender: data.get('gender') || null,
      ageBand: ageSelect.value || null,
    };
    submit.disabled = true;
    submit.textContent = 'Joining\u2026';
    clearProblem(problemBox);
    try {
      const joined = await postJson(sessionPath(session.code, 'participants'), body);
      onJoined({ token: joined.token, participantId: joined.participantId, groupName: group.name, countryName: picked.name });
    } catch (error) {
      showProblem(problemBox, error);
      submit.disabled = false;
      submit.textContent = 'Join';
    }
  });
}
