// `Kasich resisted: “…”`, `Asked about it, she demurred: “…”`: a subject, one past-tense verb
// outside the speech lexicon, a colon and the quotation. The colon hands the quotation to the
// verb's subject whatever the verb ("boomed", "shot back"), when the subject is a name or a
// he/she pronoun and nothing but the verb (and adverbs) stands between it and the colon.

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { type Cue, phraseBefore } from "./phrases.ts";
import { isAdverb, isCap, PASSIVE_AUX, type Tok } from "./tokens.ts";

/** Past-tense forms of "be" and "have" are no verbs of delivery ("The plan had three parts: “…”"). */
const NOT_DELIVERY = new Set([...PASSIVE_AUX, "had", "has", "have", "did", "does", "needed", "included"]);

/** The cue of the quotation toks[j] after `<subject> <verb>ed:`, else null. */
export function verbColon(toks: Tok[], j: number, text: string): Cue | null {
  if (toks[j - 1]?.text !== ":") return null;
  let v = j - 2;
  // "shot back", "fired back": a particle after the verb.
  if (/^(?:back|out|up|on)$/.test(toks[v]?.lower ?? "")) v--;
  const verb = toks[v];
  if (verb?.type !== "w" || isCap(verb) || !/[^e]ed$|^shot$/.test(verb.lower) || NOT_DELIVERY.has(verb.lower))
    return null;
  let b = v - 1;
  while (b >= 0 && isAdverb(toks[b]!)) b--;
  const subj = phraseBefore(toks, b + 1, text);
  if (!subj) return null;
  const lower = subj.text.toLowerCase();
  const pronoun = PRONOUNS[lower];
  const person = pronoun === "male" || pronoun === "female";
  // A name: capitalised words, no description ("The plan", "Officials").
  const named = /^\p{Lu}/u.test(subj.text) && !/^(?:The|A|An|This|That|These|Those)\s/.test(subj.text);
  if (!person && (!named || lower in PRONOUNS)) return null;
  // The subject opens its clause: the sentence start, or a comma ("Asked …, she demurred:").
  const before = toks.findLastIndex((t) => t.end <= subj.start);
  if (before >= 0 && toks[before]!.text !== ",") return null;
  return { speaker: subj, cue: verb.lower, label: false };
}
