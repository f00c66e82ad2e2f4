// Switches of the speaker classes found on BBC study set 23 (one list for inline-switches.ts).

/** "The Lord Chancellor, Lord Hale, said": "Lord" before an office's words is part of the office,
 *  no peer's name (resolve-speaker.ts, capitalised-office). */
export const LORD_OFFICE_SWITCH = {
  name: "capitalised-office-lord",
  doc: '"The Lord Chancellor, Lord Hale, agreed", "the Lord Chief Justice said": "Lord" and office words are an office, not the name "Lord Chancellor"',
};

/** `… Tom Hadley looks certain to get the call. "I learnt …. "… Tom Hadley is an outstanding
 *  player …"`: a quotation run whose later paragraph speaks of the sentence-before's subject by
 *  full name is not theirs (context.ts, not-about-speaker). */
export const RUN_ABOUT_SUBJECT_SWITCH = {
  name: "not-about-speaker-run",
  doc: '`Tom Hadley looks certain to get the call. "I learnt …. "… Tom Hadley is an outstanding player"`: a run-on quotation naming the subject by full name, with a verb, is not the subject\'s',
};

/** "the Labour peer and former minister said:": a peer is a person's role, and the roles joined
 *  by "and" one person's, the one the sentence before names (peer-role.ts). */
export const PEER_ROLE_SWITCH = {
  name: "peer-role",
  doc: '"He told peers. … the Liberal peer and former minister said:": "the … peer" (and a second role after "and") is the person the sentence before names',
};

/** "… boosted by the return of skipper Mark Toller who missed the game. “…,” he said": a name
 *  before a who-clause written without a comma is that clause's subject (prior-subject.ts). */
export const RESTRICTIVE_WHO_SUBJECT_SWITCH = {
  name: "subject-who-no-comma",
  doc: '"the return of skipper Mark Toller who missed the game. “…,” he said": a name before "who" with no comma is a clause\'s subject, for a he/she',
};

/** "… predicts the report by phone giant Zentel. … "…", the report concludes": a document the
 *  article gives an author after "by" speaks for that author (document-author.ts). */
export const DOCUMENT_BY_AUTHOR_SWITCH = {
  name: "document-by-author",
  doc: '"the report by phone giant Zentel … the report concludes": a document\'s author named after "by"/"from" is its speaker',
};

/** "A senior Tory MP has criticised … “lackadaisical” …. Committee chairman Ann Roe was giving
 *  his reaction …": the lead's indefinite subject is the source the next sentence names
 *  (lead-named-next.ts). */
export const LEAD_INDEFINITE_SUBJECT_SWITCH = {
  name: "lead-named-next-indefinite",
  doc: '"A senior Tory MP has criticised … “…”. Committee chairman Ann Roe …": a lead quotation its indefinite subject voices is the person the next sentence opens on',
};

/** The switches of set 23's classes, for the ablation. */
export const SET23_SWITCHES = [
  LORD_OFFICE_SWITCH,
  RUN_ABOUT_SUBJECT_SWITCH,
  PEER_ROLE_SWITCH,
  RESTRICTIVE_WHO_SUBJECT_SWITCH,
  DOCUMENT_BY_AUTHOR_SWITCH,
  LEAD_INDEFINITE_SUBJECT_SWITCH,
];
