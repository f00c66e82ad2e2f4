// "Ann Brekke, head of the radio unit at the company says": a name, a comma, then a lower-case role
// running through its own prepositions ("of the radio unit at") with no comma closing it. Read back
// from the verb, the phrase is the last object of the role ("the company", "Norvia"); the speaker
// is the name the role is in apposition to (the affiliation-chain rule reads capitalised chains only).

import { STOPWORDS } from "../../search/stopwords.ts";
import { TITLE_WORDS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { personAt } from "./object-of-preposition.ts";
import type { Phrase } from "./phrases.ts";
import { ROLE_CHAIN_SWITCH } from "./s22-cue-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** (words on one line: a headline above is no part of the name) */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:[^\S\n]+\p{Lu}[\p{L}'’.-]+)+`;
/** "<Name>, [a|the] <lower-case role> <words> <preposition> [the]" ending where the phrase begins. */
const CHAIN = new RegExp(
  String.raw`(${NAME}),\s+((?:(?:an?|the)\s+)?\p{L}[\p{L}-]*\s+(?:[\p{L}&'’-]+\s+){1,12}?)(?:at|of|for|in|with|from|on)\s+$`,
  "u",
);
export const CAPITAL_ROLE_CHAIN_SWITCH = {
  name: "role-chain-capital-office",
  doc: '"Ramon Diaz, Chairman of the Presidential Commission on Good Government (PCGG) told": an office word in capitals opens a role chain too',
} as const;

/** Words that may link a role's parts; any other stopword opens a clause ("who", "was", "said"). */
const LINKS = new Set(["of", "for", "at", "in", "on", "the", "a", "an", "and", "&", "with", "from"]);
/** The object before the verb: "the firm", "the mobile unit", "Norvia", "Calder Labs". */
const OBJECT =
  /^(?:(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*|(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2})$/u;

/** The person a role chain ending in phrase `p` is in apposition to, or null. */
export function nameBeforeRoleChain(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!isOn("quotes", ROLE_CHAIN_SWITCH.name, doc.switches) || !OBJECT.test(p.text)) return null;
  const from = Math.max(doc.article.bodyStart, p.start - 160);
  const before = doc.text.slice(from, p.start);
  const m = CHAIN.exec(before);
  if (!m) return null;
  const words = m[2]!.trim().split(/\s+/);
  if (words.some((w) => STOPWORDS.has(w.toLowerCase()) && !LINKS.has(w.toLowerCase()))) return null;
  // (a role in capitals is an office word: "Ramon Diaz, Chairman of the … Commission on Good
  // Government (PCGG) told", session 37)
  const role = /^(?:an?|the)$/i.test(words[0]!) ? words[1]! : words[0]!;
  if (
    /^\p{Lu}/u.test(role) &&
    !(isOn("quotes", CAPITAL_ROLE_CHAIN_SWITCH.name, doc.switches) && TITLE_WORDS.has(role.toLowerCase()))
  )
    return null;
  // The name opens its clause: after a sentence's end, a comma, a colon or "but"/"and".
  const lead = before.slice(0, m.index);
  if (!/(?:^|[.,;:!?"”(\n]|\b(?:and|but))\s*$/u.test(lead)) return null;
  const start = from + m.index;
  return personAt(doc, { start, end: start + m[1]!.length, text: m[1]! });
}
