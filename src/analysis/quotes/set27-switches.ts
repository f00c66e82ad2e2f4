// Switches of the speaker classes found on BBC study set 27 (one list for inline-switches.ts).

/** "the Joint Committee on Human Rights … the cross-party committee stated": a body's name runs
 *  on through "on" after its head (actors/set27-steps.ts), and "the committee" stands for the whole
 *  name, not the "Joint Committee" the article's name list cuts at "on" (org-name-on.ts). */
export const ORG_NAME_ON_SWITCH = {
  name: "org-name-on",
  doc: '"the Joint Committee on Rail Safety … the committee stated": the body\'s whole name, run on through "on", not "Joint Committee"',
};

/** `"…," underlined Mr Orr`: a verb of emphasis closes a tag as "stressed" does (emphasis-verb.ts). */
export const EMPHASIS_VERB_SWITCH = {
  name: "tag-emphasis-verb",
  doc: '`"This is a pilot scheme," underlined Mr Orr`: a verb of emphasis ("underlined", "underscored") closes a tag as "stressed" does',
};

/** `Tom Reid has failed to tackle the "basic unfairness" …, Ann Vale has said.`: a name or he/she
 *  tag closing the sentence, over a clause subject whose verb says nothing (named-closing-tag.ts;
 *  a CUE_RULES entry, listed by its table). */
export const NAMED_CLOSING_TAG_SWITCH = {
  name: "named-closing-tag",
  doc: '`Tom Reid has failed to tackle the "basic unfairness" …, Ann Vale has said.`: a name tag closing the sentence speaks for its quotations, over a subject whose verb says nothing',
};

/** `Police claimed …, but his lawyer, Sam Pike, told the BBC … and added:`: the "but" clause's
 *  subject, not the sentence's (coordinated-tag.ts; a SUBJECT_RULES entry, listed by its table). */
export const BUT_CLAUSE_SWITCH = {
  name: "but-clause-coordination",
  doc: '`Police claimed …, but his lawyer, Sam Pike, told the BBC … and added: "…"`: a verb coordinated after a "but" clause has that clause\'s subject',
};

/** `…, Ms Hale told BBC Radio 4's Today programme.`: a closing tag read past the one told
 *  (tail-hearer.ts, read by tail-tag.ts). */
export const TAIL_HEARER_SWITCH = {
  name: "tail-tag-hearer",
  doc: '`"risen by a fifth" if you left out …, Ms Hale told BBC Radio 4\'s Today programme.`: a closing tag past its quotation, read past the one told',
};

/** "The 55-year-old Frenchman told …": an age before a nationality noun is a person's description,
 *  the person the article named (aged-demonym.ts). */
export const AGED_DEMONYM_SWITCH = {
  name: "aged-demonym-description",
  doc: '"The 52-year-old Frenchman told the club website": a description (age, nationality noun) of the person named, not a name',
};

/** `could confuse customers - known as "passing off"`: a term after "known as" is no one's words (known-as.ts). */
export const KNOWN_AS_SWITCH = {
  name: "known-as-term",
  doc: '`a practice known as "grey importing"`: a term after "known as" or "referred to as" is a name in general use, no one\'s words',
};

/** "The head of US TV network Fox has admitted …. Chief executive Ann Roe said": a lead opening on
 *  a role of a body names no source; the person the next sentence opens on is it (lead-role-of.ts). */
export const LEAD_ROLE_OF_SWITCH = {
  name: "lead-role-of-body",
  doc: '"The head of radio firm Zed has admitted …. Chief executive Mia Long said": a lead opening on a role of a body is voiced by the person the next sentence names',
};

/** "McFadden makes claims that …, saying it had "…"": the name before its verb and the plural
 *  speech noun it takes, not "McFadden makes" (verb-speech-noun.ts, read by name-verb-object.ts). */
export const VERB_SPEECH_NOUN_SWITCH = {
  name: "verb-before-speech-noun",
  doc: '"Tom Ryle makes claims that he was hit at school, saying it had "iron bars"": the name, not "Tom Ryle makes"',
};

/** The inline switches of set 27's classes, for the ablation. */
export const SET27_SWITCHES = [
  ORG_NAME_ON_SWITCH,
  EMPHASIS_VERB_SWITCH,
  TAIL_HEARER_SWITCH,
  AGED_DEMONYM_SWITCH,
  KNOWN_AS_SWITCH,
  LEAD_ROLE_OF_SWITCH,
  VERB_SPEECH_NOUN_SWITCH,
];
