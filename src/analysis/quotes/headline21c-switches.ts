// Headline words a "reportedly" lead leaves to a paper named a sentence or two on (session 21,
// round 2, headline set 2; issue #13):
// - "Rivera 'eyes move to Lyon'" over "Winger Tom Rivera reportedly wants to leave … . The Daily
//   Courier reports that …": the lead only says the claim is reported; the publication the next
//   sentences name as reporting it ("X reports", "X newspaper said", "according to reports in X")
//   is the source, not the headline's name, who is the claim's subject.

import type { Mention } from "../../types.ts";
import { isOn } from "../steps.ts";
import { actorSaid, type Said } from "./said.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const HEADLINE21C_SWITCHES = [
  {
    name: "headline-reportedly-paper-ahead",
    doc: '"Rivera \'eyes move\'" over "Tom Rivera reportedly wants … . The Daily Courier reports that …": a lead that only says the claim is reported leaves it to the organisation the next two sentences name as reporting it',
  },
  {
    name: "headline-reported-told-paper",
    doc: '"Rivera \'eyes move\'" over "Tom Rivera reportedly wants … . His agent Ann Roe told the Daily Courier …": the person the next sentences name as telling a publication is the reported claim\'s source',
  },
] as const;

/** A lead that marks its claim as reported without naming who reports it. */
const REPORTED_LEAD =
  /\breportedly\b|\bit (?:has been|had been|was|is) reported\b|\baccording to (?:(?:news|media|press) )?reports\b|\breports (?:say|said|suggest)\b|\b(?:say|said) reports\b/i;

/** After the name: a kind of publication, then a verb of reporting ("Courier newspaper reported"). */
const REPORTS_AFTER =
  /^(?:['’]s?)?(?:\s+(?:\p{Ll}+\s+)?(?:newspaper|paper|magazine|daily|weekly|website|agency))?\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|claimed|claims|revealed|reveals)\b/u;

/** Before the name: "according to (reports in) (the)". */
const ACCORDING_BEFORE = /\baccording to (?:(?:reports?|an? (?:article|report|story)) in )?(?:the )?$/i;

const NAMED_VIA = new Set(["name", "surname", "acronym", "alias"]);

/** After a person's name: telling a publication ("Ann Roe told the Courier"), the report's source. */
const TOLD_PAPER = /^\s+told\s+(?:the\s+)?\p{Lu}/u;

/** "…reportedly wants … . The Daily Courier reports that …": the organisation the two sentences
 *  after a reported lead name as reporting its claim. */
export function reportedlyPaperAhead(doc: QuoteDoc, found: readonly QuoteFound[]): Said | null {
  if (!isOn("quotes", "headline-reportedly-paper-ahead", doc.switches)) return null;
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences).slice(0, 4);
  const lead = sentences[0];
  if (!lead || sentences.length < 2) return null;
  const leadText = doc.text.slice(lead.start, lead.end);
  // (a lead naming its own source is the lead-tag rules': "…, the Courier reported")
  if (!REPORTED_LEAD.test(leadText)) return null;
  const end = sentences[sentences.length - 1]!.end;
  const hit = doc.actors.mentionsIn(doc.article.docId).find((m: Mention) => {
    if (m.start < lead.end || m.end > end || !NAMED_VIA.has(m.via)) return false;
    const kind = doc.actors.byId.get(m.actorId)?.kind;
    const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
    if (!s || (kind !== "organization" && kind !== "person")) return false;
    if (kind === "person")
      return (
        isOn("quotes", "headline-reported-told-paper", doc.switches) &&
        TOLD_PAPER.test(doc.text.slice(m.end, s.end))
      );
    const before = doc.text.slice(s.start, m.start);
    return REPORTS_AFTER.test(doc.text.slice(m.end, s.end)) || ACCORDING_BEFORE.test(before);
  });
  const actor = hit ? doc.actors.byId.get(hit.actorId) : null;
  if (!hit || !actor) return null;
  return actorSaid(actor, hit.text, found);
}
