// The join form: stakeholder group (or an invite code, when the session hands groups out by code),
// country, attendance and the optional gender and age band.
// The country is a text input with a datalist so it can be searched on a phone keyboard; names are shown
// in the page's language, typing matches them, the English name or the ISO code, and the page sends the
// ISO 3166-1 alpha-2 code.
import { ApiError, clearProblem, getJson, newRequestId, postJson, sessionPath, showProblem } from './api.js';
import { h, uid, userText } from './dom.js';
import { ageBandLabel } from './format.js';
import { locale, t } from './i18n.js';
import {
  ATTENDANCE_CODES, GENDER_CODES, NOT_LISTED_ISO, attendanceLabel, countryName, genderLabel, groupDescription, groupName,
} from './labels.js';

let countriesPromise = null;

/** [{ iso2, name, english }] sorted by the shown name, with "Other / not listed" last; loaded once per page. */
function loadCountries() {
  countriesPromise ??= getJson('/api/countries').then((rows) => {
    const collator = new Intl.Collator(locale());
    const countries = (Array.isArray(rows) ? rows : [])
      .map((row) => {
        const iso2 = String(row.iso2 ?? row.code ?? '').toUpperCase();
        const english = String(row.name ?? '');
        return { iso2, english, name: countryName(iso2, english) };
      })
      .filter((c) => c.iso2 && c.english && c.iso2 !== NOT_LISTED_ISO)
      .sort((a, b) => collator.compare(a.name, b.name));
    return [...countries, notListed()];
  }).catch((error) => {
    countriesPromise = null; // let a later attempt try again
    throw error;
  });
  return countriesPromise;
}

const notListed = () => ({ iso2: NOT_LISTED_ISO, name: t('join.countryNotListed'), english: 'Other / not listed' });

// Names carry accents and a typographic apostrophe (Côte d’Ivoire); people type neither.
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u2019`]/g, "'").toLowerCase().trim();

/** The country a typed text means: exact name (shown or English), ISO code, or a single name containing the text. */
function matchCountry(typed, countries) {
  const wanted = fold(typed);
  if (!wanted) return null;
  const exact = countries.find((c) => fold(c.name) === wanted || fold(c.english) === wanted || c.iso2.toLowerCase() === wanted);
  if (exact) return exact;
  const partial = countries.filter((c) => fold(c.name).includes(wanted) || fold(c.english).includes(wanted));
  return partial.length === 1 ? partial[0] : null;
}

function radioField({ legend, name, options, required, help, inline = false }) {
  const errorId = uid('error');
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const fieldset = h('fieldset', { class: 'field' },
    h('legend', {}, legend, required ? null : h('span', { class: 'optional' }, ` ${t('form.optional')}`)),
    help ? h('p', { class: 'help' }, help) : null,
    h('div', { class: inline ? 'choices choices-inline' : 'choices' }, options.map((option) => {
      const helpId = option.help ? uid('help') : null;
      const nameId = uid('name');
      // Named by the group's name alone and described by its help, so a screen reader says the name first.
      return h('label', { class: 'choice' },
        h('input', { type: 'radio', name, value: option.code, 'aria-labelledby': nameId, 'aria-describedby': helpId }),
        h('span', { class: 'choice-text' },
          h('span', { class: 'choice-name', id: nameId }, userText(option.name)),
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

/** A labelled text input with help and an error line. */
function textField(label, help, attributes) {
  const id = uid('field');
  const helpId = uid('help');
  const error = h('p', { class: 'field-error', id: uid('error'), hidden: true });
  const input = h('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': helpId, ...attributes });
  const element = h('div', { class: 'field' }, h('label', { for: id }, label), h('p', { class: 'help', id: helpId }, help), input, error);
  return { element, input, error };
}

/** Renders the form into container; onJoined(credentials) runs once the server has accepted the participant. */
export function renderJoinForm(container, session, onJoined) {
  const byInvite = Boolean(session.requireInvites);
  const groups = radioField({
    legend: t('join.group'), name: 'group', required: true,
    help: t('join.groupHelp'),
    options: session.groups.map((g) => ({ code: g.code, name: userText(groupName(g)), help: groupDescription(g) && userText(groupDescription(g)) })),
  });
  const invite = textField(t('join.inviteCode'), t('join.inviteHelp'), { autocapitalize: 'characters', class: 'code-input' });
  const attendance = radioField({
    legend: t('join.attendance'), name: 'attendance', required: true, inline: true,
    options: ATTENDANCE_CODES.map((code) => ({ code, name: attendanceLabel(code) })),
  });
  const gender = radioField({
    legend: t('join.gender'), name: 'gender', required: false, inline: true,
    options: GENDER_CODES.map((code) => ({ code, name: genderLabel(code) })),
  });

  const datalistId = uid('countries');
  const country = textField(t('join.country'), t('join.countryHelp', { notListed: t('join.countryNotListed') }),
    { list: datalistId, autocapitalize: 'words', autocomplete: 'off' });
  const countryInput = country.input;
  const datalist = h('datalist', { id: datalistId });
  country.element.append(datalist);

  const ageId = uid('age');
  const ageSelect = h('select', { id: ageId },
    h('option', { value: '' }, t('gender.preferNotToSay')),
    (session.ageBands ?? []).map((band) => h('option', { value: band }, ageBandLabel(band))));
  const ageField = h('div', { class: 'field' },
    h('label', { for: ageId }, t('join.age'), h('span', { class: 'optional' }, ` ${t('form.optional')}`)), ageSelect);

  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary' }, t('join.submit'));
  const headingId = uid('heading');
  const form = h('form', { class: 'card join-form', novalidate: true, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t('join.heading')),
    h('p', { class: 'lead' }, t('join.lead')),
    byInvite ? invite.element : groups.fieldset, country.element, attendance.fieldset, gender.fieldset, ageField,
    problemBox,
    h('div', { class: 'actions' }, submit));
  container.replaceChildren(form);

  let countries = [notListed()];
  loadCountries().then((list) => {
    countries = list;
    // The label shows the English name beside a translated one, so either can be recognised in the list.
    datalist.replaceChildren(...list.map((c) => h('option', { value: c.name, label: c.english !== c.name && c.iso2 !== NOT_LISTED_ISO ? c.english : null })));
  }).catch((error) => showProblem(problemBox, new ApiError({
    title: t('join.countriesFailed'),
    detail: `${error.detail || error.message} ${t('join.countriesFailedHelp', { notListed: t('join.countryNotListed') })}`,
  })));
  datalist.append(h('option', { value: t('join.countryNotListed') }));

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
    const inviteCode = invite.input.value.replace(/\s/g, '').toUpperCase();

    if (byInvite) setError(invite, [invite.input], inviteCode ? null : t('join.inviteMissing'));
    else setError(groups, groupInputs, data.get('group') ? null : t('join.groupMissing'));
    setError(country, [countryInput], picked ? null : t('join.countryMissing', { notListed: t('join.countryNotListed') }));
    setError(attendance, attendanceInputs, data.get('attendance') ? null : t('join.attendanceMissing'));
    const firstInvalid = form.querySelector('[aria-invalid="true"]');
    if (firstInvalid) {
      firstInvalid.focus();
      return;
    }

    const group = byInvite ? null : session.groups.find((g) => g.code === data.get('group'));
    const body = {
      requestId,
      ...(byInvite ? { inviteCode } : { group: group.code }),
      country: picked.iso2,
      attendance: data.get('attendance'),
      gender: data.get('gender') || null,
      ageBand: ageSelect.value || null,
    };
    submit.disabled = true;
    submit.textContent = t('join.joining');
    clearProblem(problemBox);
    try {
      const joined = await postJson(sessionPath(session.code, 'participants'), body);
      const joinedGroup = group ?? session.groups.find((g) => g.code === joined.group);
      onJoined({
        token: joined.token, participantId: joined.participantId,
        groupCode: joinedGroup?.code ?? joined.group, groupName: joinedGroup ? groupName(joinedGroup) : joined.group,
        countryCode: picked.iso2, countryName: picked.name,
      });
    } catch (error) {
      showProblem(problemBox, error);
      submit.disabled = false;
      submit.textContent = t('join.submit');
    }
  });
}
