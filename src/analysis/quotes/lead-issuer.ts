// "Phones 'sell on looks'" over "…, research suggests. … shows a study by handset maker Kestrel."
// or "…, a survey suggests. … says Ann Roe of IT firm Kestrel, which commissioned the survey.":
// a lead that closes on a report by a document it does not name ("research suggests", "a survey
// finds") names the document's issuer further on: the organisation after "<study> by", before
// "'s <study>" or before ", which commissioned the <survey>". The headline's words are that
// issuer's, when no speaker the lead-source rules find comes first.

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import type { NamedSource } from "./lead-named-next.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const LEAD_ISSUER_SWITCH = {
  name: "headline-lead-issuer",
  doc: "\"…, a survey suggests. … Kestrel, which commissioned the survey\": a headline's words go to the issuer the body names for the lead's unnamed document",
} as const;

/** The lead's closing report by an unnamed document ("…, research suggests.", "…, a new study shows."). */
const DOCUMENT_TAG =
  /,\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:has\s+)?(?:suggests|suggested|shows|showed|finds|found|reveals|revealed|says|said|claims|warns|indicates)\.?\s*$/u;

const DOC_WORD = (w: string) => DOCUMENT_HEADS.has(w.toLowerCase());

/** Sentences after the lead searched for the issuer. */
const AHEAD = 8;

/** The organisation the body names as the issuer of the lead's unnamed document, else null. */
export function leadDocumentIssuer(doc: QuoteDoc, found: readonly QuoteFound[]): NamedSource | null {
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  const lead = sentences[0];
  if (!lead) return null;
  const tag = DOCUMENT_TAG.exec(doc.text.slice(lead.start, lead.end));
  if (!tag || !DOC_WORD(tag[1]!)) return null;
  const end = sentences[Math.min(sentences.length - 1, AHEAD)]!.end;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start < lead.end || m.end > end || m.via === "pronoun" || m.via === "role") continue;
    const actor = doc.actors.byId.get(m.actorId);
    const how = actor ? issuedBy(doc.text, m.start, m.end) : null;
    // (a firm the model takes for a person is still one before "which": "Kestrel Data, which …")
    if (!how || !(actor?.kind === "organization" || (how === "which" && actor?.kind === "person"))) continue;
    const seen = found.find((q) => q.speakerId === actor.id && q.speakerKind !== "unnamed")?.speakerName;
    return { id: actor!.id, text: m.text, name: seen ?? actor!.name, kind: "organization" };
  }
  return null;
}

/** "a study by handset maker Kestrel", "Kestrel's survey", "Kestrel, which commissioned the survey". */
function issuedBy(text: string, start: number, end: number): "by" | "own" | "which" | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const by =
    /\b([\p{Ll}-]+)\s+(?:(?:carried\s+out|conducted|commissioned|published)\s+)?by\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(
      before,
    );
  if (by && DOC_WORD(by[1]!)) return "by";
  const after = text.slice(end, end + 60);
  const own = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)/u.exec(after);
  if (own && DOC_WORD(own[1]!)) return "own";
  const which =
    /^,?\s+which\s+(?:commissioned|conducted|carried\s+out|published|ran)\s+the\s+([\p{Ll}-]+)/u.exec(after);
  return which && DOC_WORD(which[1]!) ? "which" : null;
}
