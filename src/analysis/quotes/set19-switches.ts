// Switches of the speaker classes found on BBC study set 19 (one list for inline-switches.ts).

/** "Ian Cole, Wales' top scorer, said": a plural possessive's bare apostrophe is part of its word,
 *  so it breaks no apposition (tokens.ts). */
export const PLURAL_POSSESSIVE_SWITCH = {
  name: "plural-possessive-word",
  doc: "\"Ian Cole, the Hawks' top scorer, said\": an apostrophe closing a word in s before another word is that word's, no break in the clause",
};

/** "the two firms said", "the judges said": the latest pair of names joined by "and" (plural-pair.ts). */
export const PLURAL_PAIR_SWITCH = {
  name: "plural-pair",
  doc: '"the two firms said" after "Shares in Orlo and Vantic fell": a plural description of a pair is the latest two names of its kind joined by "and"',
};

/** The switches of set 19's classes, for the ablation. */
export const SET19_SWITCHES = [PLURAL_POSSESSIVE_SWITCH, PLURAL_PAIR_SWITCH];
