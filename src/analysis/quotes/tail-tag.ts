// A partial quotation the sentence runs on past, with the tag at the sentence's end:
//   `"It seems unlikely" that Dunmore can catch Reyes, said Owen Falk, a rival's campaign manager.`
//   `"Let me thank the volunteers" for the victory, Dunmore said.`
// The tag (inverted, with an apposition after the name; or name then verb, with a short
// adverbial) speaks for the quotations before it that have no cue of their own. finalTag
// (tags.ts) reads only a tag that ends its sentence on the name.

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../lexicons/verbs.ts";
import { type Cue, nameRun, type Phrase, phraseAfter, phraseBefore, phraseOf } from "./phrases.ts";
import { pastHearer } from "./tail-hearer.ts";
import { isVerbish, type Tok } from "./tokens.ts";

/** Words that open a short adverbial after "X said" ("on Monday", "in a statement"). */
const TAIL_OPENERS = new Set(
  "on in at during after before later yesterday today tonight last this earlier when while".split(" "),
);

const speechVerb = (t: Tok | undefined) =>
  t?.type === "w" && isVerbish(t) && !VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(t.lower);

/** The tag closing a sentence after its last quotation, with where it starts; else null. */
export function tailTag(
  toks: Tok[],
  text: string,
  roleName = false,
  hearer = false,
): { cue: Cue; at: number } | null {
  let last = toks.length - 1;
  while (last >= 0 && toks[last]!.type === "p") last--;
  let lastQ = last;
  while (lastQ >= 0 && toks[lastQ]!.type !== "q") lastQ--;
  if (lastQ < 0 || last - lastQ > 40) return null;
  for (let c = lastQ + 1; c < last; c++) {
    if (toks[c]!.text !== ",") continue;
    const cue = inverted(toks, c, last, text) ?? plain(toks, c, last, text, roleName, hearer);
    if (cue) return { cue, at: toks[c]!.start };
  }
  return null;
}

/** `, said Owen Falk, deputy campaign manager …`: a capitalised name, then the end or an apposition. */
function inverted(toks: Tok[], c: number, last: number, text: string): Cue | null {
  const v = toks[c + 1];
  if (!speechVerb(v)) return null;
  const p = phraseAfter(toks, c + 2, text);
  if (!p || !/^\p{Lu}/u.test(p.text)) return null;
  const next = toks.findIndex((t) => t.start >= p.end);
  const rest = next < 0 ? [] : toks.slice(next, last + 1);
  const ok =
    rest.length === 0 || (rest[0]!.text === "," && !rest.some((t) => t.type === "q" || speechVerb(t)));
  return ok ? { speaker: p, cue: v!.lower, label: false } : null;
}

/**
 * `, Dunmore said.`, `, Republican candidate Ben Carson said after the attacks.`, `, he said.`: a
 * name (or he/she) opening the clause, a speech verb and a short adverbial.
 */
function plain(
  toks: Tok[],
  c: number,
  last: number,
  text: string,
  roleName = false,
  hearer = false,
): Cue | null {
  let v = c + 1;
  while (v <= last && v - c <= 6 && !speechVerb(toks[v])) v++;
  if (v > last || !speechVerb(toks[v])) return null;
  const named = roleName ? nameAfterRoleWords(toks, c, v, text) : null;
  const p = named ?? phraseBefore(toks, v, text);
  const pronoun = PRONOUNS[p?.text.toLowerCase() ?? ""];
  if (!p || (!named && p.start !== toks[c + 1]!.start)) return null;
  if (
    !(pronoun === "male" || pronoun === "female") &&
    (!/^\p{Lu}/u.test(p.text) || /^(?:The|A|An)\s/.test(p.text))
  )
    return null;
  // ("…, Ms Hale told BBC Radio 4's Today programme.": past the one told, switch)
  const after = hearer ? pastHearer(toks, v, last) : v + 1;
  const rest = toks.slice(after, last + 1).filter((t) => t.type === "w");
  if (rest.length > 6 || (rest.length > 0 && !TAIL_OPENERS.has(rest[0]!.lower))) return null;
  if (toks.slice(v + 1, last + 1).some((t) => t.type === "q")) return null;
  return { speaker: p, cue: toks[v]!.lower, label: false };
}

/** The switch of a lowercase role before the name in a closing tag (set1-switches.ts). */
export const TAIL_ROLE_NAME_SWITCH = {
  name: "tail-tag-role-name",
  doc: '`"…" but to ask him to leave, lead singer Tom Bell said.`: the name after a role in lowercase words opening the closing tag',
};

/** `, lead singer Tom Bell said`: up to three lowercase words after the comma toks[c], then a
 *  capitalised name run ending right before the verb toks[v]: the name. */
function nameAfterRoleWords(toks: Tok[], c: number, v: number, text: string): Phrase | null {
  let n = c + 1;
  while (n < v && n - c <= 3 && toks[n]!.type === "w" && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[n]!.text)) n++;
  // ("lead singer Tom Bell has said": past the auxiliary)
  const e = /^(?:has|have|had)$/.test(toks[v - 1]?.lower ?? "") ? v - 1 : v;
  if (n === c + 1 || n >= e || !nameRun(toks, n, e) || e - n > 4) return null;
  if (toks.slice(c + 1, n).some((t) => speechVerb(t) || t.lower in PRONOUNS)) return null;
  return phraseOf(toks, n, e - 1, text);
}
