// Switches of the speaker classes found on the BBC terms set's misses (session 21, round 2; one
// list for study-set-switches.ts). Each class's rule lives in its own module, named in its comment.

/** "Trade and industry minister Ola Brems said …, adding they would “pull together”": a sentence
 *  opening on "<Word> and <word> <office> <Name>" has one office for its subject, not the first
 *  word alone (opening-portfolio.ts). */
export const OPENING_PORTFOLIO_AND_SWITCH = {
  name: "opening-portfolio-and",
  doc: '"Trade and industry minister Ola Brems said …, adding …": the capitalised first word, "and" and a lower-case office before a name are one office',
};

/** The inline switches of the terms set's round-2 classes, for the ablation. */
export const TERMS21B_SWITCHES = [OPENING_PORTFOLIO_AND_SWITCH];
