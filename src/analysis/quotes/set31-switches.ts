// Switches of the speaker classes found on BBC study set 31 (one list for inline-switches.ts).

/** "the work and pensions minister has said": "and" between two lower-case words of a portfolio
 *  before an office head joins one office, not two subjects (portfolio-and.ts, read by tokens.ts). */
export const PORTFOLIO_AND_SWITCH = {
  name: "portfolio-and",
  doc: '"…, the work and pensions minister has said", "said the trade and industry secretary": "and" inside a lower-case portfolio keeps one office',
};

/** `…, she told a conference on housing.`: a hearer headed by a gathering's or a group's noun is
 *  read past, as a medium's name is, so the closing tag speaks (hearer-noun.ts, reported-clause.ts). */
export const TOLD_HEARER_NOUN_SWITCH = {
  name: "told-hearer-noun",
  doc: '`It was "fully committed" to the plan, she told a conference on housing.`: the closing tag speaks past a hearer that is a gathering or a group',
};

/** "Shares in Hale Group fell …. The Australian firm said": a nationality and an organisation's
 *  head noun is a description of a body named before, not a name (demonym-description.ts). */
export const DEMONYM_ORG_NOUN_SWITCH = {
  name: "demonym-org-noun",
  doc: '"Shares in Hale Group fell …. The Australian firm said": a nationality before "firm", "bank" describes the body named before, it names none',
};

/** `Mr Hale forecast growth "with a margin in the upper-teens"`: a quotation inside its sentence's
 *  reported speech takes the reporter over a context speaker (reported-over-context.ts). */
export const REPORTED_OVER_CONTEXT_SWITCH = {
  name: "reported-over-context",
  doc: '`Mr Hale forecast growth "with a margin in the upper-teens"`: a quotation given a speaker by context only takes the speaker of the reported speech around it',
};

/** The inline switches of set 31's classes, for the ablation. */
export const SET31_SWITCHES = [
  PORTFOLIO_AND_SWITCH,
  TOLD_HEARER_NOUN_SWITCH,
  DEMONYM_ORG_NOUN_SWITCH,
  REPORTED_OVER_CONTEXT_SWITCH,
];
