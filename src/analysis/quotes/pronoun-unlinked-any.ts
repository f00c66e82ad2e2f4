// `Jan Holt said: "It is a service. "These plans could end badly," she warned.`: the model may hold
// no actor for a name it does not read as a person's ("Jan" is also a month), so the he/she finds
// no candidate. The latest speaker, in the same paragraph, a full name of no written gender, goes on.

import { genderOfName } from "../actors/index.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { anonymousSubjectBefore } from "./pronoun-anonymous-subject.ts";
import { at, paraOf, type QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

export const PRONOUN_UNLINKED_ANY_SWITCH = {
  name: "pronoun-unlinked-ungendered",
  doc: '`Jan Holt said: "…. "…," she warned.`: a he/she nothing else resolves goes to the latest speaker of the paragraph, a full name the model holds no actor for and no gender is written for',
};

/** The latest speaker before `p`, in its paragraph, when a full name with no actor and no gender. */
export function unlinkedUngendered(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  if (!isOn("quotes", PRONOUN_UNLINKED_ANY_SWITCH.name, doc.switches)) return null;
  const para = paraOf(doc, p.start);
  for (let h = doc.history.length - 1; h >= 0; h--) {
    const c = doc.history[h]!;
    if (c.start >= p.start || !c.speaker) continue;
    if (c.para !== para || c.kind !== "person" || c.id || c.gender !== "any") return null;
    const name = c.name ?? "";
    return /^\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u.test(name) && genderOfName(name) === "any"
      ? at(c, p, want)
      : null;
  }
  return null;
}

/** The he/she's last resorts, in order: the latest unlinked full name, the anonymous source before. */
export const heSheLastResort = (doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null =>
  unlinkedUngendered(doc, p, want) ?? anonymousSubjectBefore(doc, p, want);
