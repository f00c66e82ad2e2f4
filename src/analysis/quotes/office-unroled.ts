// "Home Secretary Charles Clarke wants …. Tony Blair has said …. The prime minister on Sunday said
// immigration would be “toughened up”": an office no sentence ties to anyone, and no rule before
// finds a holder for, is the one person the article names in full and gives no other role. The
// others named hold offices of their own ("Home Secretary Charles Clarke"), so the one left is the
// holder; with two or more left it stays unnamed; an office of a party or a body ("the Lib Dem leader")
// is left alone. Switch "office-sole-unroled".

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { isOn } from "../steps.ts";
import { spokeOfOffice } from "./office-spoken-of.ts";
import { isOffice, otherRole } from "./office-subject.ts";
import type { Phrase } from "./phrases.ts";
import { articleCoref } from "./role-antecedent.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

export const OFFICE_SOLE_UNROLED_SWITCH = {
  name: "office-sole-unroled",
  doc: '"Home Secretary Charles Clarke …. Tony Blair has said …. The prime minister said": the one person named in full whom the article gives no other role',
};

// (a minister or secretary with a portfolio only: "the minister" alone is any of many)
const GOVERNMENT_OFFICE =
  /\s(?:chancellor|president|premier|mayor|governor)$|\s\p{L}+\s(?:minister|secretary)$/iu;

/** The one person named in full in the article, given no role that clashes with office `p`. */
export function officeSoleUnroled(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", OFFICE_SOLE_UNROLED_SWITCH.name, doc.switches) || !isOffice(p.text, false)) return null;
  // (a body's or party's office, "the Lib Dem leader", "the Scottish Executive", may be anyone's)
  if (!/^[Tt]he(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.test(p.text)) return null;
  // (a government's offices, one holder each; "the judge", "the director" are often no one named)
  if (!GOVERNMENT_OFFICE.test(p.text) || p.text.split(/\s+/).some((w) => ORG_NOUNS.has(w))) return null;
  // (an office the article ties to someone, "Tom Vale, the prime minister,", is other rules')
  const head = p.text.split(/\s+/).pop()!.toLowerCase();
  if (articleCoref(doc).roles.some((l) => l.head === head && !l.past)) return null;
  // Persons named in full, with how often they are named below the headline (by name or surname):
  // a main figure is named more than once, one passing name is no office's holder.
  const below = doc.text.indexOf("\n", doc.article.bodyStart);
  const times = new Map<string, number>();
  const full = new Set<string>();
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if ((m.via !== "name" && m.via !== "surname") || m.start <= below) continue;
    if (doc.actors.byId.get(m.actorId)?.kind !== "person") continue;
    times.set(m.actorId, (times.get(m.actorId) ?? 0) + 1);
    if (m.via === "name" && /\s/.test(m.text)) full.add(m.actorId);
  }
  // (never one who speaks of the office: "Jo Marr said the chancellor had failed")
  const free = [...full].filter((id) => !otherRole(doc, id, p) && !spokeOfOffice(doc, id, p));
  return free.length === 1 && times.get(free[0]!)! >= 2 ? speakerForActor(doc, free[0]!, p) : null;
}
