// Whether a noun names a person ("dealer", "economist", "nurse"; "payment" does not): a leaf the
// source and description rules share.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { RELATION_NOUNS, ROLE_HEADS } from "../lexicons/titles.ts";
import { forms } from "../lexicons/word-list.ts";
import { ROLE_LIKE } from "./tok.ts";

/** A noun for a person: a role or source word, or a person's ending ("dealer", "economist",
 *  "resident"; "payment" has none). */
export const personNoun = (w: string): boolean =>
  ROLE_HEADS.has(w) ||
  ANONYMOUS_HEADS.has(w) ||
  PLAIN_PERSON_NOUNS.has(w) ||
  (ROLE_LIKE.test(w) && !/ment$/.test(w));

/** Nouns for people with no agent ending ("a nurse", "one neighbour", "a local"), session 44. */
const PLAIN_PERSON_NOUNS: ReadonlySet<string> = new Set(
  forms(`${RELATION_NOUNS.join(" ")} nurse midwife parent relative pupil victim witness fan local
  guest tourist cyclist motorist pilot soldier sailor priest vicar monk nun chef medic paramedic juror
  customer commuter girl boy`),
);
