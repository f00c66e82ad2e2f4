// "Nora's uncle, Ted Marsh, told the Vale Post …, saying:": a participle's subject that is a
// description (a possessive's kin or role noun) set off by a name in commas is that name.

import { OFFICE_HEADS } from "../lexicons/titles.ts";
import { nameRun, type Phrase, phraseOf } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

/** The switch of the name in apposition after a description subject (listed in inline-switches.ts). */
export const APPOSED_NAME_SWITCH = {
  name: "participle-apposed-name",
  doc: '"Nora\'s uncle, Ted Marsh, told …, saying:": the name in commas after the description, not "uncle"',
};

/** The name in commas right after a lowercase-headed subject `s`, else null. */
export function apposedName(s: Phrase, toks: Tok[], text: string): Phrase | null {
  const head = s.text.split(/\s+/).pop()!;
  // ("The Governor of the Bank of England, Ann Roe,": a capitalised office and its body too)
  const office = OFFICE_HEADS.has(head.toLowerCase()) && /^the\s/i.test(s.text);
  if (!/^\p{Ll}/u.test(head) && !office) return null;
  let k = toks.findIndex((t) => t.start >= s.end);
  if (office && toks[k]?.lower === "of") k = pastBody(toks, k + 1);
  if (k < 0 || toks[k]!.text !== ",") return null;
  let e = k + 1;
  while (e < toks.length && e - k <= 5 && toks[e]!.type === "w") e++;
  if (e - (k + 1) < 2 || toks[e]?.text !== "," || !nameRun(toks, k + 1, e)) return null;
  return phraseOf(toks, k + 1, e - 1, text);
}

/** The index after a body's name that starts at toks[i] ("the Bank of England"), or -1. */
function pastBody(toks: Tok[], i: number): number {
  let k = i;
  if (toks[k]?.lower === "the") k++;
  const from = k;
  while (
    k < toks.length &&
    k - from < 8 &&
    toks[k]!.type === "w" &&
    (isCap(toks[k]!) || LINKS.has(toks[k]!.lower))
  )
    k++;
  return k > from && isCap(toks[k - 1]!) ? k : -1;
}

const LINKS = new Set(["of", "and", "for", "the", "&"]);
