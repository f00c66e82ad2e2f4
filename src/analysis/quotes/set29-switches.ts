// Switches of the speaker classes found on BBC study set 29 (one list for inline-switches.ts).

/** "Welsh Health Minister, Ann Roe AM, said": a capitalised office before a name in commas is the
 *  name's role, as a lowercase one is (apposition.ts isRolePhrase). */
export const CAPITAL_OFFICE_APPOSITION_SWITCH = {
  name: "capital-office-apposition",
  doc: '"Welsh Health Minister, Ann Roe AM, said:": the name in apposition to a capitalised office speaks, not the office',
};

/** "The restoration of the old films revealed some odd items too.": a verb of revealing with a
 *  plain noun-phrase object reports no speech (revealed-thing.ts, the indirect-speech guard). */
export const REVEALED_THING_SWITCH = {
  name: "revealed-thing",
  doc: '"The restoration of the films revealed some odd items too.": a reveal-verb with a plain object is no speech; its subject is no speaker',
};

/** `As Ann Roe of the Widget Club put it: "…"`: "put it" before a colon, comma or quotation is
 *  a verb of saying (put-it.ts, read by cueBefore). */
export const PUT_IT_SWITCH = {
  name: "put-it-cue",
  doc: '`As Ann Roe of the Widget Club put it: "…"`: "put it" before the quotation is a speech verb; its subject speaks',
};

/** "Ann Roe of the excellent widgetclub.org.uk website said": a name before "of the" and a body
 *  written in lower case (a body noun at its head) is the speaker (object-of-preposition.ts). */
export const LOWER_BODY_SWITCH = {
  name: "name-of-lowercase-body",
  doc: '"Ann Roe of the excellent widgetclub.org.uk website said": the name before "of" a lowercase body speaks, not the body',
};

/** `the power adaptor, nicknamed "energy hogs"`: a naming participle after a comma with no "as"
 *  gives the thing a name, no one's words (nicknamed.ts, set 28's billed-as class without "as"). */
export const NAMED_DIRECT_SWITCH = {
  name: "nicknamed-name",
  doc: '`the power adaptor, nicknamed "energy hogs"`: a name after a reduced-relative naming participle, no one\'s words',
};

/** "The Bishop of Lindford said" after "the Bishop of Lindford, Dr Alan Crewe,": an office for a
 *  place speaks as the holder the article named in apposition to it (office-holder.ts). */
export const OFFICE_HOLDER_SWITCH = {
  name: "office-holder-named-before",
  doc: '"The Bishop of Lindford said" after "the Bishop of Lindford, Dr Alan Crewe,": the holder named before, not the place',
};

/** `a show that led 12 viewers to complain he was "lewd"`: a causative's object is the subject of
 *  the speech verb in the infinitive after it (caused-to-say.ts; a SUBJECT_RULES entry, listed by
 *  its table). */
export const CAUSED_TO_SAY_SWITCH = {
  name: "caused-to-say",
  doc: '`a show that led 12 viewers to complain he was "lewd"`: the causative verb\'s object speaks',
};

/** The inline switches of set 29's classes, for the ablation. */
export const SET29_SWITCHES = [
  CAPITAL_OFFICE_APPOSITION_SWITCH,
  REVEALED_THING_SWITCH,
  PUT_IT_SWITCH,
  LOWER_BODY_SWITCH,
  NAMED_DIRECT_SWITCH,
  OFFICE_HOLDER_SWITCH,
];
