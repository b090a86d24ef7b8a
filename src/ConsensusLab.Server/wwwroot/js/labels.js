// Words the pages show for the API's camelCase codes, kept in one place so both consoles say the same.

export const KIND_LABELS = {
  likert: 'Agree or disagree',
  position: 'Position on an axis',
  singleChoice: 'Single choice',
  multipleChoice: 'Multiple choice',
  ranking: 'Ranking',
};

/** What a participant is asked to do, under each question. */
export const KIND_INSTRUCTIONS = {
  likert: 'Choose how far you agree.',
  position: 'Move the slider to where you stand.',
  singleChoice: 'Choose one option.',
  multipleChoice: 'Tick every option that applies.',
  ranking: 'Put the items in your order of preference, most preferred first.',
};

export const SCHEMES = [
  { code: 'equalFooting', name: 'Equal footing', help: 'each group counts the same' },
  { code: 'headcount', name: 'Headcount', help: 'one person, one vote' },
  { code: 'custom', name: 'Custom', help: 'each group counts by the weight you set' },
];

export const SESSION_STATUS = { draft: 'Draft', open: 'Open', closed: 'Closed' };
export const QUESTION_STATUS = { pending: 'Not yet open', open: 'Open', closed: 'Closed' };

export const VERDICTS = {
  consensusFor: 'Consensus for',
  consensusAgainst: 'Consensus against',
  noConsensus: 'No consensus',
  undefined: 'Not enough answers',
};

export const LIKERT_POINTS = {
  5: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  7: ['Strongly disagree', 'Disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Agree', 'Strongly agree'],
};

export const DEFAULT_AXIS = { left: 'Evolve existing structures', right: 'Create new structures' };

export const ATTENDANCE = [
  { code: 'onsite', name: 'In the room' },
  { code: 'online', name: 'Online' },
];

export const GENDERS = [
  { code: 'female', name: 'Female' },
  { code: 'male', name: 'Male' },
  { code: 'other', name: 'Other' },
  { code: 'preferNotToSay', name: 'Prefer not to say' },
];

export const NOT_LISTED_COUNTRY = { iso2: 'ZZ', name: 'Other / not listed' };
