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
        ofOrganisation(doc, x.speakerId, namesIn(doc, q)),
    );
    if (!later) continue;
    Object.assign(q, { ...said(later), via: "context", cue: "lead" });
  }
}

/** The names this article gives the organisation ("Tories" for the Conservative Party), else its name. */
function namesIn(doc: QuoteDoc, q: QuoteFound): string[] {
  const actor = q.speakerId ? doc.actors.byId.get(q.speakerId) : undefined;
  const here = actor?.aliases.filter((a) => a.docIds.includes(doc.article.docId)).map((a) => a.text) ?? [];
  return here.length ? here : [q.speakerName!];
}

/** The person is introduced as the organisation's ("Tory co-chairman Ann Roe" for the Tories): a
 *  word sharing the first three letters of one of the organisation's names just before one of theirs. */
function ofOrganisation(doc: QuoteDoc, id: string, orgNames: readonly string[]): boolean {
  const stems = orgNames
    .map((org) =>
      org
        .replace(/^the\s+/i, "")
        .slice(0, 3)
        .toLowerCase(),
    )
    .filter((stem) => stem.length === 3);
  if (stems.length === 0) return false;
  return doc.actors.mentionsIn(doc.article.docId).some(
    (m) =>
      m.actorId === id &&
      m.via !== "pronoun" &&
      doc.text
        .slice(Math.max(0, m.start - 40), m.start)
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((word) => stems.some((stem) => word.startsWith(stem))),
  );
}
