// Unnamed sources: noun phrases and documents a quotation can come from ("a senior official", "the statement").

import { forms } from "./word-list.ts";

/** Heads of noun phrases that name an anonymous source ("a senior official said"; wire copy's "a
 *  senior bank employee told Reuters", "one grain trader said"). */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  forms(`official officials spokesman spokeswoman spokesperson spokespeople source sources aide aides
  insider insiders diplomat diplomats person people observer observers analyst analysts expert experts
  critic critics witness witnesses resident residents friend friends member members worker workers
  staffer staffers adviser advisers advisor advisors lawmaker lawmakers policymaker policymakers makers
  employee employees trader traders banker bankers dealer dealers broker brokers economist economists
  negotiator negotiators figure`),
);

/**
 * Groups of people named by a plural alone ("Judges said", "Organisers say"): an unnamed source, never
 * a person called "Judges". Plural only: "the judge" is the one judge the article named.
 */
export const GROUP_PLURALS: ReadonlySet<string> = new Set(
  forms(`judges jurors organisers organizers campaigners activists protesters protestors demonstrators
  scientists researchers academics supporters voters investors shareholders`),
);

/** Nouns for documents that speak for their issuer ("the statement said"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(
  forms(`statement report survey study letter document memo filing release communique poll research
  paper article editorial ruling judgment verdict message email posting motion headline
  newsletter manifesto leaflet dossier e-mail guidance guideline minutes note`),
);
