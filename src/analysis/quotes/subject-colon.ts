// "Ted Morgan himself was at a loss to explain the record's success: “…”": a sentence that opens
// on a name, goes on through a verb with no word of saying, and ends on a colon right before a
// statement introduces that statement as the name's (colon-more reads one word of manner only).

import { PRONOUNS } from "../lexicons/pronouns.ts";
import type { StepSwitches } from "../steps.ts";
import { type Cue, nameRun, phraseOf } from "./phrases.ts";
import { forNameColon } from "./set33-switches.ts";
import { DETERMINERS, FRONT_WORDS, isCap, isVerbish, type Tok } from "./tokens.ts";

/** Opening conjunctions a subject may follow. */
const OPENERS = /^(?:but|and|yet)$/;
/** A verb right after the subject (past a reflexive "himself"): a copula or a past tense. */
const VERB = /^(?:was|is|were|are|has|had|seemed|appeared|remained|\p{Ll}+ed)$/u;
/** Words that make the words after the colon someone else's: "was asked:", "told reporters:". */
const PUT_TO = /^(?:asked|told|questioned|quizzed|challenged|pressed|shown|read|given|sent|handed)$/;

/** The cue of the statement toks[j] after `<Name> [himself] <verb> …:` with no comma, else null. */
export function subjectColon(toks: Tok[], j: number, text: string, switches?: StepSwitches): Cue | null {
  // (set 33) "For Ann Bell, this is real progress: “…”" (switch)
  const view = forNameColon(toks, j, text, switches);
  if (view) return view;
  if (toks[j - 1]?.text !== ":" || j > 18) return null;
  let s = 0;
  if (toks[s] && OPENERS.test(toks[s]!.lower)) s++;
  let e = s;
  while (e < j && e - s < 4 && isCap(toks[e]!)) e++;
  if (e === s || !nameRun(toks, s, e)) return null;
  const first = toks[s]!.lower;
  if (DETERMINERS.has(first) || FRONT_WORDS.has(first) || first in PRONOUNS) return null;
  let v = e;
  if (/^(?:himself|herself)$/.test(toks[v]?.lower ?? "")) v++;
  if (!VERB.test(toks[v]?.lower ?? "") || isVerbish(toks[v]!)) return null;
  // (a verb alone, or a copula and one word, is verb-colon's and colon-more's: two words at least)
  if (j - 1 - (v + 1) < 2) return null;
  for (let k = v; k < j - 1; k++) {
    const t = toks[k]!;
    // (an infinitive of saying is the subject's own: "at a loss to explain it:")
    if (t.type !== "w" || (isVerbish(t) && toks[k - 1]?.lower !== "to") || PUT_TO.test(t.lower)) return null;
  }
  return { speaker: phraseOf(toks, s, e - 1, text), cue: ":", label: false };
}
