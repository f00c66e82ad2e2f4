// "Nora's uncle, Ted Marsh, told the Vale Post …, saying:": a participle's subject that is a
// description (a possessive's kin or role noun) set off by a name in commas is that name.

import { nameRun, type Phrase, phraseOf } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** The switch of the name in apposition after a description subject (listed in inline-switches.ts). */
export const APPOSED_NAME_SWITCH = {
  name: "participle-apposed-name",
  doc: '"Nora\'s uncle, Ted Marsh, told …, saying:": the name in commas after the description, not "uncle"',
};

/** The name in commas right after a lowercase-headed subject `s`, else null. */
export function apposedName(s: Phrase, toks: Tok[], text: string): Phrase | null {
  if (!/(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(s.text)) return null;
  const k = toks.findIndex((t) => t.start >= s.end);
  if (k < 0 || toks[k]!.text !== ",") return null;
  let e = k + 1;
  while (e < toks.length && e - k <= 5 && toks[e]!.type === "w") e++;
  if (e - (k + 1) < 2 || toks[e]?.text !== "," || !nameRun(toks, k + 1, e)) return null;
  return phraseOf(toks, k + 1, e - 1, text);
}
