// "BT's rivals accuse it of misusing its status as the former telecoms monopoly. … “…,” the former
// monopoly said": a singular description whose head is no person's noun nor a usual organisation
// noun is the organisation named before the article last said something was "the … monopoly"
// ("as the", "is the", ", the"), in that sentence; the model links such words to no one.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { personNoun } from "./person-noun.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation, sentenceStart } from "./prior-subject.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The organisation named before the head's last earlier use, in that sentence; else null. */
export function orgSameDescription(doc: QuoteDoc, p: Phrase): Speaker | null {
  const ws = p.text.split(/\s+/);
  const head = ws[ws.length - 1]!;
  if (
    !/^the$/i.test(ws[0]!) ||
    ws.length < 2 ||
    ws.length > 4 ||
    !/^\p{Ll}+$/u.test(head) ||
    /[^s]s$/.test(head) ||
    personNoun(head) ||
    ORG_NOUNS.has(head) ||
    DOCUMENT_HEADS.has(head)
  )
    return null;
  const body = doc.article.bodyStart;
  const re = new RegExp(`\\bthe\\s+(?:[\\p{Ll}-]+\\s+){0,3}${head}\\b`, "gu");
  let use = -1;
  for (const m of doc.text.slice(body, p.start).matchAll(re)) {
    const at = body + m.index!;
    // Only a use that says what something is: "its status as the …", "BT, the …", "BT is the …".
    const before = doc.text.slice(Math.max(0, at - 6), at);
    if (!insideQuotation(doc, at) && /(?:\bas|\bis|\bwas|,)\s+$/.test(before)) use = at;
  }
  if (use < 0) return null;
  const from = sentenceStart(doc, use);
  let org: string | null = null;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start < from) continue;
    if (m.start >= use) break;
    if (m.via !== "pronoun" && doc.actors.byId.get(m.actorId)?.kind === "organization") org = m.actorId;
  }
  return org ? speakerForActor(doc, org, p) : null;
}
