// Words the pages show for the API's camelCase codes, kept in one place so every page says the same.
// Each is looked up in the current language when called, never at import time.
import { currentLanguage, has, t } from './i18n.js';

export const kindLabel = (kind) => (has(`kind.${kind}`) ? t(`kind.${kind}`) : kind);

/** What a participant is asked to do, under each question. */
export const kindInstruction = (kind) => (has(`instruction.${kind}`) ? t(`instruction.${kind}`) : '');

export const SCHEME_CODES = ['equalFooting', 'headcount', 'custom'];
export const schemeName = (code) => t(`scheme.${code}`);
export const schemeHelp = (code) => t(`scheme.${code}.help`);

export const sessionStatus = (status) => t(`sessionStatus.${status}`);
export const questionStatus = (status) => t(`questionStatus.${status}`);

export const verdictLabel = (verdict) => (has(`verdict.${verdict}`) ? t(`verdict.${verdict}`) : verdict);

/** Likert point labels in the moderator's language; they become the question's options as written. */
export function likertPoints(points) {
  return Array.from({ length: points }, (_, index) => t(`likert${points}.${index + 1}`));
}

export const defaultAxis = () => ({ left: t('axis.evolve'), right: t('axis.create') });

export const ATTENDANCE_CODES = ['onsite', 'online'];
export const GENDER_CODES = ['female', 'male', 'other', 'preferNotToSay'];
export const attendanceLabel = (code) => t(`attendance.${code}`);
export const genderLabel = (code) => t(`gender.${code}`);

export const NOT_LISTED_ISO = 'ZZ';

/**
 * The default IGF catalogue as the server names it in English. A group whose name is still this one is
 * shown in the page's language; a group the moderator renamed or added is shown as written.
 */
const DEFAULT_GROUP_NAMES = {
  GOV: 'Government',
  IGO: 'Intergovernmental Organization',
  PS: 'Private Sector',
  CS: 'Civil Society',
  TC: 'Technical Community',
  ACA: 'Academia',
  OTHER: 'Other / prefer not to say',
};

const isDefaultGroup = (group) => group && DEFAULT_GROUP_NAMES[group.code] !== undefined
  && (!group.name || group.name === DEFAULT_GROUP_NAMES[group.code]);

export function groupName(group) {
  return isDefaultGroup(group) ? t(`group.${group.code}`) : group?.name ?? group?.code ?? '';
}

export function groupDescription(group) {
  return isDefaultGroup(group) ? t(`group.${group.code}.help`) : group?.description ?? '';
}

/** Name of a group code in a session's catalogue (meters carry codes only). */
export function groupNameByCode(groups, code) {
  const group = (groups ?? []).find((g) => g.code === code);
  return group ? groupName(group) : isDefaultGroup({ code }) ? t(`group.${code}`) : code;
}

/** The group codes and English names of the default catalogue, for the setup form. */
export const DEFAULT_GROUP_CODES = ['GOV', 'IGO', 'PS', 'CS', 'TC', 'ACA', 'OTHER'];

let displayNames = null;

/** A country's name in the page's language (from the browser's CLDR data), else the server's English name. */
export function countryName(iso2, englishName) {
  if (iso2 === NOT_LISTED_ISO) return t('join.countryNotListed');
  try {
    displayNames ??= new Intl.DisplayNames([currentLanguage(), 'en'], { type: 'region', fallback: 'none' });
    return displayNames.of(iso2) ?? englishName ?? iso2;
  } catch {
    return englishName ?? iso2;
  }
}
