// "Sen. Dorian Vasquez of Ohio voted … “…,” the senator told reporters": a definite description
// whose head is an office stands for the latest person the article gave that title, before the
// description. Read from the article's own words, so it holds where the actor model links the
// description to someone else nearby ("Mayor Ann Roy praised it").

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { DEMONYMS } from "../lexicons/places.ts";
import { OFFICE_RANKS } from "../lexicons/titles.ts";
import type { Phrase } from "./phrases.ts";

/** Office nouns of a description and the titles that give them before a name. */
const TITLES_OF: Readonly<Record<string, string>> = {
  senator: "Sen\\.|Senator",
  congressman: "Rep\\.|Representative|Congressman",
  congresswoman: "Rep\\.|Representative|Congresswoman",
  representative: "Rep\\.|Representative",
  governor: "Gov\\.|Governor",
  mayor: "Mayor",
  president: "President",
  secretary: "Secretary",
  minister: "Minister",
  judge: "Judge|(?:Mr|Mrs|Ms|Lord|Lady)\\.?\\s+Justice",
  coroner: "Coroner",
  inspector: "(?:Det(?:ective)?\\.?\\s+)?(?:Ch(?:ief)?\\.?\\s+)?(?:Insp\\.?|Inspector)",
  sergeant: "(?:Det(?:ective)?\\.?\\s+)?(?:Sgt\\.?|Sergeant)",
  superintendent: "(?:Det(?:ective)?\\.?\\s+)?(?:Ch(?:ief)?\\.?\\s+)?(?:Supt\\.?|Superintendent)",
  professor: "Prof\\.?|Professor",
  captain: "Capt\\.?|Captain",
  colonel: "Col\\.?|Colonel",
  general: "Gen\\.|General",
  chairman: "Chairman",
  chairwoman: "Chairwoman",
  ambassador: "Ambassador",
  commissioner: "Commissioner",
  sheriff: "Sheriff",
  cardinal: "Cardinal",
  archbishop: "Archbishop",
  bishop: "Bishop",
};

/** Offices a description may write in capitals and still mean the styled person ("the Cardinal"
 *  after "Cardinal Ivo Marr"): clergy, whose office is their style. */
const CAPITALISED = new Set(["cardinal", "archbishop", "bishop"]);

const NAME = "((?:\\p{Lu}[\\p{L}'’.-]*\\s+)*\\p{Lu}[\\p{L}'’-]+)";
const PATTERNS = new Map(
  Object.entries(TITLES_OF).map(([role, titles]) => [role, new RegExp(`\\b(?:${titles})\\s+${NAME}`, "gu")]),
);

/** "the senator", "the Ohio senator", "the Cardinal": where the latest matching title named someone
 *  before `p`, else null. */
export function titledAntecedent(text: string, p: Phrase, from: number): Phrase | null {
  // (sentence-initial too: "The sheriff said")
  const m = /^[Tt]he\s+(?:(\p{Lu}[\p{L}.-]*)\s+)?(\p{L}+)$/u.exec(p.text);
  const head = m?.[2] ?? "";
  // "the French president": only a president the article calls French ("French President X"),
  // not "President Bush" (a nationality; "the Chester chairman" may be "Chairman Steve Vaughan")
  const modifier = m?.[1] && DEMONYMS.has(m[1]) ? m[1] : undefined;
  const capitalised = /^\p{Lu}/u.test(head);
  const re =
    m && (!capitalised || CAPITALISED.has(head.toLowerCase())) ? PATTERNS.get(head.toLowerCase()) : undefined;
  if (!re) return null;
  let last: Phrase | null = null;
  re.lastIndex = 0;
  const before = text.slice(from, p.start);
  for (let x = re.exec(before); x; x = re.exec(before)) {
    // "Vice President Dora Quint" holds another office than "the president".
    const prev = /(\p{L}+)\s+$/u.exec(before.slice(Math.max(0, x.index - 12), x.index))?.[1];
    if (prev && OFFICE_RANKS.has(prev.toLowerCase())) continue;
    if (modifier && prev !== modifier) continue;
    // "Elgin Sheriff Court", "the Mayor's Office": a body named after the office, no one titled
    if (ORG_NOUNS.has(x[1]!.split(/\s+/).pop()!.toLowerCase())) continue;
    const start = from + x.index + x[0].length - x[1]!.length;
    last = { start, end: start + x[1]!.length, text: x[1]! };
  }
  return last;
}
