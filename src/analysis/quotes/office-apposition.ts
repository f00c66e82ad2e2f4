// The person before what stands between a subject and its verb: "The Archbishop of Cardiff, the
// Most Reverend Peter Smith, told" (the holder of an office for a place, not the place); "Dr
// Gibbons, who was a GP in A, in B, said" (a relative clause's antecedent, over several commas).

import type { Phrase } from "./phrases.ts";
import { nameRun, phraseBefore, phraseOf, sentenceSubject } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** An office "of" or "for" a capitalised place or body closing the phrase ("Archbishop of Cardiff"). */
const OFFICE_OF =
  /\p{Lu}[\p{L}-]*\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** A clergy style before the name: "the Most Reverend", "the Right Rev", "the Rev". */
const STYLE = /^(?:the|most|right|very|reverend|rev|rev\.|revd)$/;

/**
 * `<office of Place>, [the Most Reverend] <Name>, <verb>` with the office ending before toks[c]
 * (a comma) and the verb after toks[b] (the next comma): the name, else null.
 */
export function holderAfterOffice(
  toks: Tok[],
  c: number,
  b: number,
  office: Phrase,
  text: string,
): Phrase | null {
  if (toks[c]?.text !== "," || toks[b]?.text !== "," || !OFFICE_OF.test(office.text)) return null;
  // "Mr Hale, MP for Henley, Oxfordshire, said": an office itself in apposition is followed by its place.
  if (/,\s*$/.test(text.slice(Math.max(0, office.start - 3), office.start))) return null;
  let a = c + 1;
  while (a < b && STYLE.test(toks[a]!.lower)) a++;
  return nameRun(toks, a, b) ? phraseOf(toks, a, b - 1, text) : null;
}

/**
 * "Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, before becoming AM, said":
 * a relative clause running over several commas up to toks[c]; the name opening the sentence
 * before its ", who" speaks, else null.
 */
export function openingAntecedent(toks: Tok[], c: number, text: string): Phrase | null {
  for (let w = c - 1; w > 0; w--) {
    const t = toks[w]!;
    if (t.type === "q" || (t.type === "p" && t.text !== "," && t.text !== "-")) return null;
    if (t.text !== "," || !/^(?:who|whose)$/.test(toks[w + 1]?.lower ?? "")) continue;
    const ante = phraseBefore(toks, w, text);
    if (!ante || !/^\p{Lu}/u.test(ante.text)) return null;
    // …opening the sentence, or right after a quotation that ends one ("… agenda. Dr Gibbons, who").
    const k = toks.findIndex((x) => x.start === ante.start);
    const q = toks[k - 1];
    const afterQuote = q?.type === "q" && /[.!?]["'”’]?$/.test(text.slice(q.start, q.end));
    return afterQuote || sentenceSubject(toks, w, text)?.start === ante.start ? ante : null;
  }
  return null;
}
