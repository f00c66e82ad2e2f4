// "Inspectors from the Healthcare Commission visited the trust. Their report said …": a document
// written as "its/their <head>" belongs to the first organisation the sentence before names (the
// subject's side: "Inspectors from X", "X published figures"), so a later "the report said" speaks
// for it too (switch "possessive-document").

import { isOn } from "../steps.ts";
import { sentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";

export const POSSESSIVE_DOCUMENT_SWITCH = {
  name: "possessive-document",
  doc: '"Inspectors from the Healthcare Commission visited …. Their report said": the document of the first organisation the sentence before names',
} as const;

/** Each "its/their <head>" of the article with the organisation it belongs to. */
export function possessiveDocuments(doc: QuoteDoc, head: string): { start: number; id: string }[] {
  if (!isOn("quotes", POSSESSIVE_DOCUMENT_SWITCH.name, doc.switches)) return [];
  const { text } = doc;
  const ms = doc.actors.mentionsIn(doc.article.docId);
  const out: { start: number; id: string }[] = [];
  const re = new RegExp(String.raw`\b(?:[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?${head}\b`, "gu");
  for (const m of text.slice(doc.article.bodyStart).matchAll(re)) {
    const start = doc.article.bodyStart + m.index!;
    const here = sentenceStart(doc, start);
    // (an organisation named before it in its own sentence is the owner: "ITV said its report …")
    const from =
      here === start || !ms.some((x) => x.start >= here && x.start < start)
        ? sentenceStart(doc, Math.max(0, here - 1))
        : here;
    const org = ms.find(
      (x) => x.start >= from && x.start < start && doc.actors.byId.get(x.actorId)?.kind === "organization",
    );
    if (org) out.push({ start, id: org.actorId });
  }
  return out;
}
