// `While accepting that people "have to be prepared" for an attack, Mr Lamb said …`: a quotation
// in a fronted participle clause ("While accepting", "Despite insisting", "After saying") has no
// subject of its own there; the clause's subject is the main clause's, named after the comma
// before its verb of saying.

import { LABEL_VERBS, SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { type Cue, phraseAfter } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** Words opening a participle clause before the main one. */
const FRONTING = new Set([
  "while",
  "whilst",
  "although",
  "though",
  "after",
  "before",
  "despite",
  "since",
  "when",
]);

/** The speaker named after the fronted clause holding quotation toks[qi], else null. */
export function frontedClauseCue(toks: Tok[], qi: number, text: string): Cue | null {
  if (
    !FRONTING.has(toks[0]?.lower ?? "") ||
    !/\p{Ll}ing$/u.test(toks[1]?.text ?? "") ||
    toks[1]?.type !== "w"
  )
    return null;
  if (toks.slice(0, qi).some((t) => t.type === "p" && t.text === ",")) return null;
  const c = toks.findIndex((t, i) => i > qi && t.type === "p" && t.text === ",");
  if (c < 0 || toks.slice(qi + 1, c).some((t) => t.type === "q")) return null;
  const p = phraseAfter(toks, c + 1, text);
  const v = p ? toks.findIndex((t) => t.start >= p.end) : -1;
  const verb = toks[v];
  if (!p || !/^\p{Lu}/u.test(p.text) || verb?.type !== "w" || !SPEECH_VERB_FORMS.has(verb.lower)) return null;
  return { speaker: p, cue: verb.lower, label: LABEL_VERBS.has(verb.lower) };
}
