// Session 24 (issue #13), descriptions of a business: "the company", "the firm", "the retailer"
// stand for the article's lead subject when that is a business ("Kestrel plans to close two
// plants. The Danish toy maker …" / "Orla Kiely is losing its finance director"), the model may
// know that name as no organisation at all or as a person (a firm named after its founder), so
// long as no other organisation is named, outside quotations, since the lead subject last was.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import type { Alternative } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation } from "./prior-subject.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Heads a business is described by (not "the bank": that is a bank, nor a public body). */
const BUSINESS_HEADS = new Set([
  "company",
  "firm",
  "group",
  "retailer",
  "maker",
  "manufacturer",
  "giant",
  "business",
  "chain",
  "operator",
]);

/** A capitalised word of a name. */
const CAP = "\\p{Lu}[\\p{L}\\p{N}&'’-]*";

/** The lead's opening name and a verb after it: "Kestrel plans", "Orla Kiely is". */
const OPENING_NAME = new RegExp(
  `^((?:${CAP}\\s+){0,3}${CAP})\\s+(?:is|was|has|had|will|would|could|may|plans|\\p{Ll}+ed|\\p{Ll}+s)\\b`,
  "u",
);

/** The lead opening on a kind and a name, and a verb: "US toy maker Kestrel plans". */
const KIND_NAME = new RegExp(
  `^(?:[\\p{L}-]+\\s+){0,4}?(\\p{Ll}+)\\s+((?:(?:${CAP}|&)\\s+){0,3}${CAP})\\s+(?:is|was|has|had|will|would|could|may|plans|\\p{Ll}+ed|\\p{Ll}+s)\\b`,
  "u",
);

/** The next sentence opening on a business's description: "The Danish toy maker will". */
const DESCRIBED_NEXT =
  /^(?:The|Its)\s+(?:[\p{L}\d'’-]+\s+){0,5}(\p{Ll}+)\s+(?:is|was|has|had|will|would|said|\p{Ll}+ed|\p{Ll}+s)\b/u;

/** The article's lead subject when the text shows it is a business ("its" in the lead and no
 *  "his"/"her", or the next sentence describes it by an organisation noun); else null. */
function leadBusiness(doc: QuoteDoc): string | null {
  const sentences = doc.article.paragraphs
    .flatMap((para) => para.sentences)
    .filter((s) => s.start >= doc.article.bodyStart);
  // (a headline left in the body ends on no full stop)
  while (sentences[0] && !/[.!?]["”’]?\s*$/.test(doc.text.slice(sentences[0].start, sentences[0].end)))
    sentences.shift();
  const lead = sentences[0];
  if (!lead) return null;
  const text = doc.text.slice(lead.start, lead.end);
  // (a business named after its kind, "US toy maker Kestrel", is one)
  const kinded = KIND_NAME.exec(text);
  if (kinded && ORG_NOUNS.has(kinded[1]!)) return kinded[2]!;
  const m = OPENING_NAME.exec(text);
  if (!m || /^(?:The|A|An|In|On|At|It|This|That)$/.test(m[1]!.split(/\s+/)[0]!)) return null;
  const hit = doc.actors.mentionAt(doc.article.docId, lead.start, lead.start + m[1]!.length);
  const kind = hit ? doc.actors.byId.get(hit.actorId)?.kind : undefined;
  const rest = text.slice(m[1]!.length);
  const its = /\bits\b/.test(rest) && !/\b(?:his|her|he|she)\b/i.test(rest);
  const next = sentences[1]
    ? DESCRIBED_NEXT.exec(doc.text.slice(sentences[1].start, sentences[1].end))
    : null;
  const described = !!next && ORG_NOUNS.has(next[1]!);
  return kind === "organization" || its || described ? m[1]! : null;
}

/** "the company" (switch): the lead's business, named last before `p` outside quotations with no
 *  other organisation of the model's named since; else null. */
function leadBusinessDescription(doc: QuoteDoc, p: Phrase): Speaker | null {
  const m = /^[Tt]he\s+(?:[\p{Ll}\d-]+\s+){0,3}(\p{Ll}+)$/u.exec(p.text);
  if (!m || !BUSINESS_HEADS.has(m[1]!) || insideQuotation(doc, p.start)) return null;
  const name = leadBusiness(doc);
  if (!name) return null;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
    "gu",
  );
  let last = -1;
  for (const hit of doc.text.slice(0, p.start).matchAll(re))
    if (hit.index! >= doc.article.bodyStart && !insideQuotation(doc, hit.index!)) last = hit.index!;
  if (last < 0) return null;
  const since = doc.actors
    .mentionsIn(doc.article.docId)
    .some(
      (x) =>
        x.start > last + name.length &&
        x.start < p.start &&
        x.via !== "pronoun" &&
        doc.actors.byId.get(x.actorId)?.kind === "organization" &&
        !insideQuotation(doc, x.start),
    );
  if (since) return null;
  const hit = doc.actors.mentionAt(doc.article.docId, last, last + name.length);
  return { ...p, id: hit?.actorId ?? null, name, kind: "organization", gender: "any" };
}

export const LEAD_BUSINESS_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "lead-business",
  doc: '"Kestrel plans to close two plants. The Danish toy maker … the company said": a business description is the lead\'s business when no other organisation is named since',
  try: ({ doc, p, definite }) => (definite ? leadBusinessDescription(doc, p) : null),
};
