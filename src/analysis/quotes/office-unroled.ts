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
  if (!/^the(?:\s+\p{Ll}[\p{Ll}-]*)+$/iu.test(p.text) || /\s\p{Lu}/u.test(p.text)) return null;
  // (a government's offices, one holder each; "the judge", "the director" are often no one named)
  if (!GOVERNMENT_OFFICE.test(p.text) || p.text.split(/\s+/).some((w) => ORG_NOUNS.has(w))) return null;
  const ids = new Set<string>();
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.via !== "name" || !/\s/.test(m.text) || m.start < doc.article.bodyStart) continue;
    if (doc.actors.byId.get(m.actorId)?.kind === "person") ids.add(m.actorId);
  }
  // (an office the article ties to someone, "Tom Vale, the prime minister,", is other rules')
  const head = p.text.split(/\s+/).pop()!.toLowerCase();
  if (articleCoref(doc).roles.some((l) => l.head === head && !l.past)) return null;
  // (never one who speaks of the office: "Jo Marr said the chancellor had failed")
  const free = [...ids].filter((id) => !otherRole(doc, id, p) && !spokeOfOffice(doc, id, p));
  // (a main figure of the article, named more than once below its headline: one passing name is
  // no office's holder)
  const from = doc.text.indexOf("\n", doc.article.bodyStart);
  const named = (id: string) =>
    doc.actors
      .mentionsIn(doc.article.docId)
      .filter((m) => m.actorId === id && (m.via === "name" || m.via === "surname") && m.start > from).length;
  return free.length === 1 && named(free[0]!) >= 2 ? speakerForActor(doc, free[0]!, p) : null;
}
