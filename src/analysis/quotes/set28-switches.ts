// Switches of the speaker classes found on BBC study set 28 (one list for inline-switches.ts).

/** "Ray Donnell in March said": a month (and year) after "in" between a subject and its verb is
 *  a time phrase, read past as "on Monday" is (adverbial-subject.ts). */
export const SUBJECT_PAST_MONTH_SWITCH = {
  name: "subject-past-month",
  doc: '"Ray Donnell in March said", "the minister in May 2003 told": the subject before "in" and a month, not the month',
};

/** `"…", saying Ms Corr would be paid`: a participle after a quotation is never an inverted tag
 *  ("said X" inverts, "saying X" does not); the name after it opens the reported clause. */
export const PARTICIPLE_NOT_INVERTED_SWITCH = {
  name: "participle-not-inverted-tag",
  doc: "`declared himself \"thrilled\", saying Ms Corr would be paid`: the name after a participle is the reported clause's subject, not an inverted tag's speaker",
};

/** "Corr took legal action, saying …": a name's past verb and a bare object of two or three
 *  lowercase words ending a participle's subject phrase; the name speaks (name-verb-object.ts). */
export const PAST_BARE_PHRASE_SWITCH = {
  name: "past-bare-object-phrase",
  doc: '"Corr took legal action, saying", "Mr Hale raised fresh concerns, saying": the name before its past verb and bare object',
};

/** "Scotland's sports minister has warned … "…". Ann Roe said …": a lead whose subject is a role
 *  the model leaves unnamed voices the person the next sentence opens on (lead-named-next.ts). */
export const LEAD_ROLE_NAMED_NEXT_SWITCH = {
  name: "lead-role-named-next",
  doc: '"Scotland\'s sports minister has warned … "…". Ann Roe said …": a lead\'s bare role subject is the person the next sentence opens on',
};

/** `he admired Mr Hale's "fearless" leadership`: an adjective quoted before the possessed noun judges
 *  the noun; the owner is not its speaker (clause-subject.ts possessiveOwner). */
export const OWNER_MODIFIER_SWITCH = {
  name: "possessive-owner-modifier",
  doc: "`he admired Mr Hale's \"fearless\" leadership`: a quoted adjective before a lowercase noun is no word of the possessive's owner",
};

/** `Ann Roe said talks with Lumen's writers revealed "…"`: the object of "with" after a noun of
 *  meeting is not the verb's subject (talks-with.ts; a SUBJECT_RULES entry, listed by its table). */
export const TALKS_WITH_SWITCH = {
  name: "talks-with-object",
  doc: '`Ann Roe said talks with Lumen\'s writers revealed "…"`: the object of "with" after talks or meetings is no subject; the earlier speech verb\'s subject speaks',
};

/** `the match, which has been billed as "…"`: a passive verb of naming that is no verb of saying
 *  names the thing; no earlier speech verb gives the quotation a speaker (billed-as.ts). */
export const BILLED_AS_SWITCH = {
  name: "billed-as-name",
  doc: '`Mr Ortiz confirmed that the match - which has been billed as "Stars against Legends" - will go ahead`: a name after a passive "billed/known as", no one\'s words',
};

/** The inline switches of set 28's classes, for the ablation. */
export const SET28_SWITCHES = [
  SUBJECT_PAST_MONTH_SWITCH,
  PARTICIPLE_NOT_INVERTED_SWITCH,
  PAST_BARE_PHRASE_SWITCH,
  LEAD_ROLE_NAMED_NEXT_SWITCH,
  OWNER_MODIFIER_SWITCH,
  BILLED_AS_SWITCH,
];
