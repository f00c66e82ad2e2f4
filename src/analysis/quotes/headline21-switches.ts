// Headline quotations whose source the lead or the sentences after it name (session 21, issue #13):
// - "Pupils 'bored by maths'" over "…, according to a study. … The research was carried out by the
//   Kestrel Trust.": a lead that voices its story through a document (a study, a survey, research,
//   figures, a round-up) names the document's issuer in the lead or a few sentences on ("a survey
//   for …", "research undertaken by …", "figures from …", "compiled by …"). The headline's words
//   are the issuer's, when no named speaker was found for them.
// - "Singer Jo Marr 'in hotel row'" over "Jo Marr was …, her agent has said.": a name right
//   before the quoted words is the story's subject, not its source, when the lead closes on
//   somebody else's report tag; the words are that reporter's (the usual lead rules find them).

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { isOn } from "../steps.ts";
import type { Said } from "./said.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const HEADLINE21_SWITCHES = [
  {
    name: "headline-document-issuer",
    doc: '"Pupils \'bored by maths\'" over "…, according to a study. … The research was carried out by the Kestrel Trust": a headline voiced through a document goes to the issuer named for it',
  },
  {
    name: "headline-subject-not-source",
    doc: '"Singer Jo Marr \'in hotel row\'" over "Jo Marr was …, her agent has said.": the name before the words is the subject when the lead closes on another\'s report tag',
  },
] as const;

/** Nouns for what a lead reports through, beyond the lexicon's document heads. */
const MORE_DOCUMENTS = new Set(["figures", "findings", "round-up", "rankings"]);

const isDocument = (w: string) => DOCUMENT_HEADS.has(w.toLowerCase()) || MORE_DOCUMENTS.has(w.toLowerCase());

/** A document a lead introduces with an article or "new", "latest", "recent". */
const LEAD_DOCUMENT = new RegExp(
  String.raw`(?<![\p{L}-])(?:an?|the|new|latest|recent)\s+(?:[\p{Ll}-]+\s+)?(?:${[...DOCUMENT_HEADS, ...MORE_DOCUMENTS].join("|")})(?![\p{L}-])`,
  "iu",
);

/** Sentences (the lead first) searched for the issuer. */
const AHEAD = 5;

/** Text before an issuer's name: a document word, a few words, then "(carried out|compiled …) by",
 *  "for" or "from", and up to three words of description ("for education watchdog", "from
 *  industry monitor, the"). */
const ISSUED = new RegExp(
  String.raw`(?<![\p{L}-])(?:${[...DOCUMENT_HEADS, ...MORE_DOCUMENTS].join("|")})(?:[\s,]+[\p{L}\p{N},'’-]+){0,4}?[\s,]+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:undertaken|carried\s+out|conducted|commissioned|compiled|published|produced|released|done|drawn\s+up|prepared)\s+)?(?:jointly\s+)?(?:by|for|from)\s+(?:[\p{L}'’-]+,?\s+){0,3}?(?:the\s+)?$`,
  "iu",
);

/** The lead voices its story through a document ("according to a study", "a survey has found",
 *  "questioned for a new survey"; not "trucks full of paper"), or the sentence after it opens on
 *  one ("Research for …", "Figures from …"). */
function documentVoiced(doc: QuoteDoc): boolean {
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  const [lead, next] = sentences;
  if (!lead) return false;
  if (LEAD_DOCUMENT.test(doc.text.slice(lead.start, lead.end))) return true;
  const opening = next
    ? (doc.text
        .slice(next.start, next.end)
        .toLowerCase()
        .match(/[\p{L}-]+/gu) ?? [])
    : [];
  return opening.slice(0, 3).some(isDocument);
}

/** The person or organisation the lead's few sentences name as a document's issuer, else null. */
export function headlineDocumentIssuer(doc: QuoteDoc, found: readonly QuoteFound[]): Said | null {
  if (!isOn("quotes", "headline-document-issuer", doc.switches) || !documentVoiced(doc)) return null;
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences).slice(0, AHEAD);
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.via === "pronoun" || m.via === "role") continue;
    const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
    const actor = doc.actors.byId.get(m.actorId);
    if (!s || !actor || (actor.kind !== "organization" && actor.kind !== "person")) continue;
    if (!ISSUED.test(doc.text.slice(s.start, m.start))) continue;
    // ("research by Kestrel Institute professor Jo Marr": the body is the person's, who is the issuer)
    if (/^\s+\p{Ll}+\s+\p{Lu}/u.test(doc.text.slice(m.end, m.end + 40))) continue;
    const seen = found.find((q) => q.speakerId === actor.id && q.speakerKind !== "unnamed");
    return {
      speakerId: actor.id,
      speakerText: m.text,
      speakerName: seen?.speakerName ?? actor.name,
      speakerKind: actor.kind,
      speakerOrg: null,
      speakerOrgId: null,
    };
  }
  return null;
}

/** A speaker found for the headline that a document's issuer should replace: none, or an
 *  unnamed description ("a study released on Tuesday"). */
export const wantsIssuer = (sp: Said | null) => !sp || sp.speakerKind === "unnamed";

/** The lead closes on a report tag ("…, his agent has said.", "…, according to the Daily Post.")
 *  that does not hold the title's `name`. */
export function subjectNotSource(doc: QuoteDoc, name: string): boolean {
  if (!isOn("quotes", "headline-subject-not-source", doc.switches)) return false;
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!lead) return false;
  const tag =
    /,\s+((?:according\s+to\s+[^,]+)|(?:[\p{L}'’-]+\s+){1,5}(?:(?:has|have|had)\s+)?(?:said|says|claimed|claims|reported|reports|revealed|reveals|confirmed|confirms|told\s+[^,]+))\.?\s*$/u.exec(
      doc.text.slice(lead.start, lead.end).trimEnd(),
    );
  return !!tag && !tag[1]!.includes(name);
}
