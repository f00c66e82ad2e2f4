// "ranged from "firm" to "weak" according to their last known voting intention": "according to"
// a possessive and a thing is a basis, not a source; no one speaks the quotation by it.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from "../lexicons/sources.ts";
import type { Phrase } from "./phrases.ts";
import { ROLE_LIKE } from "./tokens.ts";

const POSSESSIVE = /^(?:their|its|his|her|our|my|your)\s/i;

/** The phrase after "according to" is a possessive and a lowercase thing that cannot speak. */
export function accordingToThing(p: Phrase): boolean {
  if (!POSSESSIVE.test(p.text)) return false;
  const head = p.text.split(/\s+/).pop() ?? "";
  if (/\p{Lu}/u.test(head)) return false;
  const h = head.toLowerCase();
  return !ORG_NOUNS.has(h) && !ANONYMOUS_HEADS.has(h) && !DOCUMENT_HEADS.has(h) && !ROLE_LIKE.test(h);
}
