// "… and Malcolm X. Attallah Shabazz, the daughter of …": the segmenter reads every lone capital
// and period as an initial, so a name ending on a one-letter word at a sentence's end runs on
// into the next sentence's opening name. Where the article writes that name elsewhere with no
// period after the letter ("activist Malcolm X, recalled"), the letter is a word and its period
// ends the sentence: the run is two names (the actor model's step of the same reading is
// actors.letter-name-sentence-end).

import { literal } from "../../text/regex-literal.ts";
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
    if (writtenBare(text.slice(bodyStart), left))
      return [[i, p + 1], ...cutAtSentenceLetter(toks, p + 1, k, text, bodyStart)];
  }
  return [[i, k]];
}

/** Does `body` write `name` (ending on a one-letter word) with no period right after it? */
export function writtenBare(body: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${literal(name)}(?![\\p{L}\\p{N}.])`, "u").test(body);
}
