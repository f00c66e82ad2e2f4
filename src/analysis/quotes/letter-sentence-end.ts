// "… and Malcolm X. Attallah Shabazz, the daughter of …": the segmenter reads every lone capital
// and period as an initial, so a name ending on a one-letter word at a sentence's end runs on
// into the next sentence's opening name. Where the article writes that name elsewhere with no
// period after the letter ("activist Malcolm X, recalled"), the letter is a word and its period
// ends the sentence: the run is two names (the actor model's step of the same reading is
// actors.letter-name-sentence-end).

import { literal } from "../../text/regex-literal.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { LETTER_SENTENCE_END_SWITCH } from "./set24-switches.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";

/** A name run [i, k) of `toks` cut after a one-letter word whose period ends a sentence, with at
 *  least two capitalised words after it; the run itself when there is no such cut. */
export function cutAtSentenceLetter(
  toks: readonly Tok[],
  i: number,
  k: number,
  text: string,
  bodyStart: number,
): Array<readonly [number, number]> {
  for (let p = i + 1; p < k - 2; p++) {
    if (!/^\p{Lu}\.$/u.test(toks[p]!.text)) continue;
    const left = text.slice(toks[i]!.start, toks[p]!.end - 1);
    const bare = new RegExp(`(?<![\\p{L}\\p{N}])${literal(left)}(?![\\p{L}\\p{N}.])`, "u");
    if (bare.test(text.slice(bodyStart)))
      return [[i, p + 1], ...cutAtSentenceLetter(toks, p + 1, k, text, bodyStart)];
  }
  return [[i, k]];
}

/** "Malcolm X. Attallah Shabazz": a name, a one-letter word and its period, then two or more
 *  capitalised words (a phrase naming a speaker). */
const MERGED =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+\p{Lu})\.\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+)$/u;

/** The name after a one-letter word whose period ends a sentence, in a phrase naming a speaker
 *  ("Malcolm X. Attallah Shabazz" → "Attallah Shabazz"), else null (switch). */
export function nameAfterSentenceLetter(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!isOn("quotes", LETTER_SENTENCE_END_SWITCH.name, doc.switches)) return null;
  const m = MERGED.exec(p.text);
  if (!m) return null;
  const bare = new RegExp(`(?<![\\p{L}\\p{N}])${literal(m[1]!)}(?![\\p{L}\\p{N}.])`, "u");
  if (!bare.test(doc.text.slice(doc.article.bodyStart))) return null;
  return { start: p.end - m[2]!.length, end: p.end, text: m[2]! };
}
