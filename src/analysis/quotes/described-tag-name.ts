// `," said 9/11 widow Jo Marr.`, `," said master of ceremonies Jo Marr, an engineer.`: an inverted
// tag whose speaker is a name after a description the phrase reader stops inside (a number with a
// slash, "of"), so the tag found no speaker and the he/she after it went to an older name.

import { CLAUSE_BREAKERS } from "../lexicons/clauses.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { isVerbish, type Tok } from "./tokens.ts";

/** A description word: a number ("9/11", "27"), or a lower-case word no clause opens on ("of" may link). */
const descriptive = (t: Tok): boolean =>
  t.type === "w" &&
  (/^\d/.test(t.text) ||
    (/^\p{Ll}/u.test(t.text) && (!CLAUSE_BREAKERS.has(t.lower) || t.lower === "of") && !isVerbish(t)));

/** The name after description words from `at`: 2-4 capitalised words closing on a comma, a full stop or the end. */
export function describedTagName(toks: Tok[], at: number, text: string): Phrase | null {
  let j = at;
  while (j < toks.length && j - at < 7) {
    const t = toks[j]!;
    if (t.type === "w" && /^\p{Lu}/u.test(t.text)) break;
    // (a slash or a hyphen inside a number: "9/11")
    const joiner = t.type === "p" && /^[/-]$/.test(t.text) && /^\d/.test(toks[j - 1]?.text ?? "");
    if (!descriptive(t) && !joiner) return null;
    j++;
  }
  if (j === at || j >= toks.length) return null;
  let e = j;
  while (
    e < toks.length &&
    e - j < 4 &&
    toks[e]!.type === "w" &&
    /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(toks[e]!.text)
  )
    e++;
  const after = toks[e];
  if (e - j < 2 || (after && !(after.type === "p" && /^[,.]$/.test(after.text)))) return null;
  return phraseOf(toks, j, e - 1, text);
}
