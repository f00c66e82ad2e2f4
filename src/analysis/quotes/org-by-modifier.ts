// "the radio station said" after "BBC Radio 1": a description whose modifier is a word of an
// organisation's name given before it ("radio" in "Radio 1", "football" in "Ayr Football Club")
// stands for that name, over the latest organisation of the history (which may be another one,
// or a person's name the model took for a firm).

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { personRun, ROLE_OFFICE_SWITCH, roleOffice } from "./role-office.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** A run of capitalised words (or numbers after the first) holding `word`, two words at least. */
const runWith = (word: string) =>
  new RegExp(`(?:\\p{Lu}[\\p{L}&'’-]*\\s+)*${word}(?:\\s+(?:\\p{Lu}[\\p{L}&'’-]*|\\d+))*`, "gu");

/** The organisation before `p` named with a modifier of the description `core` ("radio station"), else null. */
export function orgByModifier(doc: QuoteDoc, core: string[], p: Phrase): Speaker | null {
  const office = isOn("quotes", ROLE_OFFICE_SWITCH.name, doc.switches);
  if (office && roleOffice(p)) return roleOffice(p);
  const mods = core.slice(0, -1).filter((w) => /^\p{Ll}{3,}$/u.test(w));
  const before = doc.text.slice(doc.article.bodyStart, p.start);
  for (const mod of mods.reverse()) {
    const word = mod[0]!.toUpperCase() + mod.slice(1);
    let last: string | null = null;
    for (const m of before.matchAll(runWith(word)))
      if (/\s/.test(m[0].trim()) && !(office && personRun(doc, m[0].trim()))) last = m[0].trim();
    if (last)
      return {
        ...p,
        id: doc.actors.resolve(last)?.id ?? null,
        name: last,
        kind: "organization",
        gender: "any",
      };
  }
  return null;
}
