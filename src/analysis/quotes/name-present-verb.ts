// "Mr Forsyth links “Islamic fundamentalism” to the new “threat”", "Standard Chartered sees “the
// opportunity …”": a lower-case word in -s right after a run of capitalised words is the name's
// present-tense verb, not a plural noun the name modifies ("Tory councillors say"), when an
// object opens right after it (a quotation, a determiner, "that", an object pronoun). Read by the
// sentence-subject walk (phrases.ts), so the clause-subject rule finds the verb (session 33).

import { STOPWORDS } from "../../search/stopwords.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isCap, type Tok } from "./tokens.ts";

/** Words that open a verb's object. */
const OBJECT_OPENS = /^(?:a|an|the|its|his|her|their|this|these|that|those|no|it|him|them|us|me)$/;

/** Is toks[e] the present-tense verb of the capitalised run toks[i, e)? */
export function namePresentVerb(toks: readonly Tok[], i: number, e: number): boolean {
  const t = toks[e]!;
  if (e === i || isCap(t) || !/^\p{Ll}{2,}[^isu'’]s$/u.test(t.text)) return false;
  // (a run of names: "All this “urban” …" opens on no name; or a role's name, "Bath boss John
  // Marr rates him …", the run after a lower-case role head, session 35)
  let k = e;
  while (k > i && isCap(toks[k - 1]!) && !STOPWORDS.has(toks[k - 1]!.lower)) k--;
  if (k === e || (k > i && !ROLE_HEADS.has(toks[k - 1]!.lower))) return false;
  const next = toks[e + 1];
  return !!next && (next.type === "q" || (next.type === "w" && OBJECT_OPENS.test(next.lower)));
}
