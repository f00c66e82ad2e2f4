// Switches of the speaker classes found on BBC study set 29 (one list for inline-switches.ts).

/** "Welsh Health Minister, Ann Roe AM, said": a capitalised office before a name in commas is the
 *  name's role, as a lowercase one is (apposition.ts isRolePhrase). */
export const CAPITAL_OFFICE_APPOSITION_SWITCH = {
  name: "capital-office-apposition",
  doc: '"Welsh Health Minister, Ann Roe AM, said:": the name in apposition to a capitalised office speaks, not the office',
};

/** The inline switches of set 29's classes, for the ablation. */
export const SET29_SWITCHES = [CAPITAL_OFFICE_APPOSITION_SWITCH];
