// Actor rules of session 22's organisation classes (issue #13; listed in index.ts's ACTOR_STEPS).

import type { NameWord as Token } from "../../text/views.ts";
import { NEVER } from "../lexicons/not-names.ts";
import { KNOWN_ORGS, ORG_NAME_HEADS, ORG_STARTS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { DEMONYMS, NATIONS, PLACES } from "../lexicons/places.ts";
import { joined } from "./word-classes.ts";

/**
 * "Parliamentary Group on Betting and Gaming", "Institute of Economic and Social Research": after an
 * organisation head and "of"/"on"/"for", the body's subject runs on through "and" into the one
 * or two words that end the run (the chunker's own "and" rule wants the head first and one word).
 */
export const ORG_INNER_AND_STEP = {
  name: "org-inner-and",
  doc: '"Select Group on Ferries and Harbours": a body\'s subject after its head and "of"/"on"/"for" runs on through "and"',
} as const;

/** A word that can be part of a body's subject: capitalised, no given name, place, nation or body. */
const subjectWord = (t: Token): boolean =>
  t.cap &&
  !t.acronym &&
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  !GIVEN_NAMES.has(t.text) &&
  !KNOWN_ORGS.has(t.text) &&
  !ORG_STARTS.has(t.text) &&
  !PLACES.has(t.text) &&
  !NATIONS.has(t.text) &&
  !DEMONYMS.has(t.text) &&
  !NEVER.has(t.text);

/** Does "and" at t[j] continue `chunk`, a body's head, "of"/"on"/"for" and its subject words? */
export function innerAndJoins(
  chunk: readonly Token[],
  t: readonly Token[],
  j: number,
  text: string,
): boolean {
  const c = chunk.findIndex((w, i) => i > 0 && /^(?:of|on|for)$/.test(w.text));
  if (c < 0) return false;
  const head = chunk[c - 1]!.text;
  if (!ORG_NAME_HEADS.has(head) && !ORG_STARTS.has(head)) return false;
  const subject = chunk.slice(c + 1);
  if (subject.length === 0 || subject.length > 3 || !subject.every(subjectWord)) return false;
  // one or two capitalised words after "and", then the run ends
  let k = j + 1;
  while (k < t.length && k - j <= 3 && t[k]!.cap && joined(text, t[k - 1]!, t[k]!, 0)) k++;
  const after = t.slice(j + 1, k);
  if (after.length === 0 || after.length > 2 || !after.every(subjectWord)) return false;
  // ("… and Gaming's report": a possessive closes a name of its own)
  return !after[after.length - 1]!.possessive;
}
