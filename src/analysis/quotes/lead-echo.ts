// "The Tories have accused the premier of being “terrified” of scrutiny. … Tory co-chairman Ann
// Roe said the plans showed he was “terrified of facing proper scrutiny”.": a lead quotation an
// organisation or an unnamed group voices is often the words a person of it says in full further
// on; the lead's words are that person's (labelling rule 6: the speaker the article shows makes
// the claim). Only when the later quotation holds the lead's words whole.

import { said } from "./said.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const LEAD_ECHO_SWITCH = {
  name: "lead-echo",
  doc: '"The Tories accused him of being “terrified” … Ann Roe said he was “terrified of facing scrutiny”": a lead quotation an organisation voices is the words its person says in full later',
} as const;

const fold = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()} `;

/** The lead's quotations voiced by an organisation or a group, given to the person who says them in full later. */
export function leadEchoes(doc: QuoteDoc, direct: QuoteFound[]): void {
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!lead) return;
  for (const q of direct) {
    if (q.start < lead.start || q.end > lead.end) continue;
    if (q.speakerKind !== "organization" || !q.speakerName) continue;
    const w = fold(q.text);
    if (w.trim().length < 4) continue;
    const later = direct.find(
      (x) =>
        x.start > lead.end &&
        x.speakerKind === "person" &&
        !!x.speakerId &&
        x.text.length > q.text.length &&
        fold(x.text).includes(w) &&
        ofOrganisation(doc, x.speakerId, q.speakerName!),
    );
    if (!later) continue;
    Object.assign(q, { ...said(later), via: "context", cue: "lead" });
  }
}

/** The person is introduced as the organisation's ("Tory co-chairman Ann Roe" for the Tories): a
 *  word sharing the organisation's first three letters just before one of their names. */
function ofOrganisation(doc: QuoteDoc, id: string, org: string): boolean {
  const stem = org
    .replace(/^the\s+/i, "")
    .slice(0, 3)
    .toLowerCase();
  if (stem.length < 3) return false;
  return doc.actors.mentionsIn(doc.article.docId).some(
    (m) =>
      m.actorId === id &&
      m.via !== "pronoun" &&
      doc.text
        .slice(Math.max(0, m.start - 40), m.start)
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((word) => word.startsWith(stem)),
  );
}
