// What the words around a name say about it: a preceding role ("Ryanair chairman X"), an
// appositive (", the Homeland Security Secretary,"), a speech verb, the sentence start.

import { STOPWORDS } from "../../search/stopwords.ts";
import type { NameWord as Token } from "../../text/views.ts";
import { SENTENCE_STARTERS } from "../lexicons/not-names.ts";
import { STATEMENT_VERBS } from "../lexicons/verbs.ts";
import { ALL_STEPS, isOn, type StepSwitches } from "../steps.ts";
import { OPENING_PHRASE_OBJECT_STEP, openingPhraseObject } from "./set35-steps.ts";
import type { ArticleState, Sent } from "./types.ts";
import { ROLE_WORDS_LC, TITLE_MODIFIERS_LC } from "./word-classes.ts";

/** At the start of its sentence (after opening quotes or brackets only)? */
export function atSentenceStart(s: Sent, tok: Token, text: string): boolean {
  return /^[\s"“‘'([—–-]*$/.test(text.slice(s.start, tok.start));
}

/** Written mid-sentence: right after a lower-case word or a comma/semicolon ("on Standard Trust's",
 *  "in the Broadcast magazine survey"), so a capital there marks a name, not a sentence's start. */
export const midSentence = (text: string, at: number): boolean =>
  /[\p{Ll},;]\s+$/u.test(text.slice(Math.max(0, at - 3), at));

/** ", the Homeland Security Secretary," → "Homeland Security Secretary". */
export function appositive(text: string, last: Token, switches: StepSwitches = ALL_STEPS): string | null {
  const m = /^,\s+(?:the|a|an)\s+([^,.;:"“”()]{3,90}?)(?=[,.;:()]|\s+(?:who|which|said|says)\b)/u.exec(
    text.slice(last.end, last.end + 120),
  );
  if (!m) return null;
  // "Echoing Ann Roe, the prime minister said": no apposition (switch)
  const tail = text.slice(last.end + m[0].length, last.end + m[0].length + 8);
  if (
    isOn("actors", OPENING_PHRASE_OBJECT_STEP.name, switches) &&
    openingPhraseObject(text, last.start, tail)
  )
    return null;
  const phrase = m[1]!.trim();
  const ws = phrase.split(/\s+/);
  if (ws.length > 10) return null;
  const role = ws.some((w) => ROLE_WORDS_LC.has(w.toLowerCase().replace(/['’]s$/, "")));
  return role ? phrase : null;
}

/** Lower-case role words right before a name: "Ryanair chairman David Bonderman". */
export function precedingRole(st: ArticleState, s: Sent, first: Token): string | null {
  const idx = s.tokens.findIndex((t) => t.start === first.start);
  if (idx <= 0) return null;
  const prev = s.tokens[idx - 1]!;
  if (!ROLE_WORDS_LC.has(prev.text.toLowerCase()) || prev.cap) return null;
  if (!/^ {1,2}$/.test(st.text.slice(prev.end, first.start))) return null;
  let k = idx - 1;
  while (k > 0 && idx - k < 6) {
    const p = s.tokens[k - 1]!;
    const gap = st.text.slice(p.end, s.tokens[k]!.start);
    if (!/^(?:['’]s?)? {1,2}$/.test(gap)) break;
    const lw = p.text.toLowerCase();
    if ((STOPWORDS.has(lw) && lw !== "of" && lw !== "and") || STATEMENT_VERBS.has(lw)) break;
    // "Earlier Tory leader X sent …": a sentence adverb written without its comma is no role word.
    if (k === 1 && SENTENCE_STARTERS.has(p.text) && !STARTER_NOUNS.has(p.text)) break;
    if (!p.cap && !ROLE_WORDS_LC.has(lw) && !TITLE_MODIFIERS_LC.has(lw) && !/(?:al|ive|ic|ing)$/.test(lw))
      break;
    k--;
  }
  return st.text.slice(s.tokens[k]!.start, prev.end);
}

/** Sentence starters that are nouns and may open a role ("Police chief X"). */
const STARTER_NOUNS = new Set("Analysts Officials Experts Critics Supporters Police Sources".split(" "));

export function speechNear(text: string, first: Token, last: Token): boolean {
  const after = text.slice(last.end, last.end + 25);
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  return (
    /^\s*,?\s*(?:said|says|told|added|wrote|explained|announced|argued|insisted)\b/.test(after) ||
    /\b(?:said|says|told|added)\s+$/.test(before)
  );
}
