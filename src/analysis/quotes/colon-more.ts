// More subjects before a colon than verb-colon reads: "Jane Doe was unrepentant: “…”" (a
// copula and one word of manner), "Jane Doe disagreed: “…”" (a verb in -eed), and either after
// an apposition ("Jane Doe, the chairman of the Calder Trust, disagreed:") or an opening "But".

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { type Cue, phraseBefore } from "./phrases.ts";
import { DETERMINERS, isAdverb, isCap, type Tok } from "./tokens.ts";

/** Verbs in "-eed" that deliver words (verb-colon's "-ed" test passes them over). */
const EED = /^(?:dis)?agreed$/;
/** Opening conjunctions a subject may follow. */
const OPENERS = /^(?:but|and|yet|however)$/;

/** Where the subject ends (inclusive) before toks[b]: past an apposition between commas. */
function subjectEnd(toks: Tok[], b: number): number {
  if (toks[b]?.text !== ",") return b;
  for (let c = b - 1; c >= 0 && b - c < 14; c--) {
    const t = toks[c]!;
    if (t.type === "q" || (t.type === "p" && t.text !== ",")) return -1;
    if (t.text === ",") return c - 1;
  }
  return -1;
}

/** The cue of quotation toks[j] after `<Name> was <word>:` or `<Name> (dis)agreed:`, else null. */
export function moreColon(toks: Tok[], j: number, text: string): Cue | null {
  if (toks[j - 1]?.text !== ":") return null;
  const w = toks[j - 2];
  if (w?.type !== "w" || isCap(w)) return null;
  const copula = /^(?:was|is)$/.test(toks[j - 3]?.lower ?? "");
  // "was asked:", "was told:": the words are someone else's, put to the subject.
  if (!(EED.test(w.lower) || (copula && !SPEECH_VERB_FORMS.has(w.lower) && !DETERMINERS.has(w.lower))))
    return null;
  let b = j - (EED.test(w.lower) ? 3 : 4);
  while (b >= 0 && isAdverb(toks[b]!)) b--;
  const e = subjectEnd(toks, b);
  if (e < 0) return null;
  const subj = phraseBefore(toks, e + 1, text);
  if (!subj || !/^\p{Lu}/u.test(subj.text) || /^(?:The|A|An|This|That|It)\b/.test(subj.text)) return null;
  const before = toks.findLastIndex((t) => t.end <= subj.start);
  const opener = toks[before];
  if (before >= 0 && opener!.text !== "," && !OPENERS.test(opener!.lower)) return null;
  return { speaker: subj, cue: w.lower, label: false };
}
