// Switches of the term classes found on the BBC study sets in session 22 (issue #13; one list for
// study-set-switches.ts). Each class's rule lives in its own module, named in the switch's comment.

/** `Mr Hale argued the levy was unfair. It had nothing to do with "sound money".`: a term in the
 *  sentence right after a named speaker's reported speech, in the same back-shifted tenses and
 *  with no attribution of its own, goes on reporting that speaker (backshifted-term.ts). */
export const BACKSHIFTED_TERM_SWITCH = {
  name: "backshifted-term",
  doc: "\"Mr Hale argued the levy was unfair. It had nothing to do with “sound money”.\": an untagged term in back-shifted tenses after a named speaker's reported speech is that speaker's",
};

/** `"…," Mr Hale said. His plan would be a "new deal" for farmers.`: the same after a named speaker's
 *  direct statement (backshifted-term.ts). */
export const BACKSHIFTED_AFTER_QUOTE_SWITCH = {
  name: "backshifted-term-after-quote",
  doc: "\"“…,” Mr Hale said. His plan would be a “new deal” for farmers.\": an untagged term in back-shifted tenses after a named speaker's statement is that speaker's",
};

/** `The Conservatives have expressed "serious misgivings"`, `The Tories on Monday highlighted £3m in
 *  "wasteful" spending`: a term in the clause of a past verb whose subject, opening the sentence, is
 *  "The" and a plural name the actor model holds as an organisation (plural-party-term.ts). */
export const PLURAL_PARTY_TERM_SWITCH = {
  name: "plural-party-term",
  doc: '"The Conservatives have expressed “serious misgivings”": a term after a verb of the plural party name opening the sentence is that organisation\'s',
};

/** The inline switches of session 22's term classes, for the ablation. */
export const S22_TERM_SWITCHES = [
  BACKSHIFTED_TERM_SWITCH,
  BACKSHIFTED_AFTER_QUOTE_SWITCH,
  PLURAL_PARTY_TERM_SWITCH,
];
