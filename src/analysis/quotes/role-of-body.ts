// `," said the chairman of the Commons transport committee, Labour MP Oliver Grant`: the role read
// after the verb stops at "of"; the office runs on through its body to the comma before the name
// in apposition to it (switch "role-of-body-name"), so the name speaks, not "the chairman".

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { HONORIFICS, POST_NOMINALS } from "../lexicons/titles.ts";
import { type Phrase, pluralPossessive } from "./phrases.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

/** The role run on to the comma after its body, with that comma's index, or null. */
export function roleThroughBody(toks: Tok[], role: Phrase, text: string): { c: number; role: Phrase } | null {
  const l = toks.findIndex((x) => x.start >= role.end);
  if (l < 0 || !/^(?:of|for|at)$/.test(toks[l]!.lower)) return null;
  for (let c = l + 1; c < toks.length && c - l <= 8; c++) {
    const t = toks[c]!;
    if (t.text === ",") {
      if (c === l + 1 || !personAfter(toks, c, toks[c - 1]!)) return null;
      return {
        c,
        role: { start: role.start, end: toks[c - 1]!.end, text: text.slice(role.start, toks[c - 1]!.end) },
      };
    }
    if (pluralPossessive(toks, c)) continue;
    if (t.type !== "w" || (isVerbish(t) && !isCap(t))) return null;
  }
  return null;
}

/** "the firm, Acme Buses" names the body again. After a body noun, a person is told by a given
 *  name, an honorific or "MP", or two or more words not ending like a body ("Oliver Grant"). */
function personAfter(toks: Tok[], c: number, last: Tok): boolean {
  if (!ORG_NOUNS.has(last.lower)) return true;
  let k = c + 1;
  for (; k < toks.length && k <= c + 5 && toks[k]!.type === "w"; k++) {
    const w = toks[k]!.text;
    if (GIVEN_NAMES.has(w) || HONORIFICS.has(w) || POST_NOMINALS.has(w)) return true;
  }
  const end = toks[k - 1]!;
  return k - c > 2 && !ORG_NOUNS.has(end.lower) && !/s$/.test(end.lower);
}
