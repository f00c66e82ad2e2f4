// Switches of the speaker classes found on the BBC terms set's misses (session 21, round 2; one
// list for study-set-switches.ts). Each class's rule lives in its own module, named in its comment.

/** "Trade and industry minister Ola Brems said …, adding they would “pull together”": a sentence
 *  opening on "<Word> and <word> <office> <Name>" has one office for its subject, not the first
 *  word alone (opening-portfolio.ts). */
export const OPENING_PORTFOLIO_AND_SWITCH = {
  name: "opening-portfolio-and",
  doc: '"Trade and industry minister Ola Brems said …, adding …": the capitalised first word, "and" and a lower-case office before a name are one office',
};

/** "If it wins a third term, the Harbour Party is committed to …. It aims to bring in a “fair rent”
 *  cap": the organisation the sentence before opens on is its main clause's subject, past a fronted
 *  if- or when-clause, and it replaces "It" read as an organisation named earlier (it-intent-fronted.ts). */
export const IT_INTENT_FRONTED_SWITCH = {
  name: "it-intent-fronted",
  doc: '"If it wins …, the Harbour Party is committed to …. It aims to bring in a “fair rent” cap": the main clause\'s organisation, past the fronted clause',
};

/** The inline switches of the terms set's round-2 classes, for the ablation. */
export const TERMS21B_SWITCHES = [OPENING_PORTFOLIO_AND_SWITCH, IT_INTENT_FRONTED_SWITCH];
