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
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { actorSaid, type Said, speakerSaid } from "./said.ts";
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
  {
    name: "headline-issuer-over-lead-source",
    doc: '"…, a report says. The study, carried out by the Kestrel Trust, …": the issuer named for the lead\'s document comes before the first speaker after the lead',
  },
  {
    name: "headline-plain-lead-next-reporter",
    doc: '"Harbour cuts \'ahead of plan\'" over a lead with no source and "Mayor Ann Roe said 40 posts had gone …": the named reporter opening the next sentence',
  },
  {
    name: "headline-lead-role-named-later",
    doc: '"…, her agent has said. … , talent agent Pim Rask said.": the lead\'s possessive or definite role is the person the next sentences name after the same role noun',
  },
  {
    name: "headline-lead-passive-agent",
    doc: '"Kettle is \'best buy\'" over "The Kestrel kettle has been named the best buy of the year by Home Goods magazine.": the agent of the lead\'s passive that holds the words',
  },
  {
    name: "headline-plural-org-verb",
    doc: "\"Unions urge 'fair deal'\": a plural organisation the body names, before a plain verb of saying, says the title's words",
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

/** A lead's closing tag by an unnamed document: ", a report says.", ", new research suggests.". */
const LEAD_DOCUMENT_TAG = new RegExp(
  String.raw`,\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:${[...DOCUMENT_HEADS, ...MORE_DOCUMENTS].join("|")})\s+(?:(?:has|have)\s+)?(?:says|said|suggests|suggested|shows|showed|finds|found|claims|warns|reveals|revealed|indicates)\.?$`,
  "u",
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
    return actorSaid(actor, m.text, found);
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

/** The lead closes on a report by a document it does not name ("…, a report says.", "…, new
 *  research suggests."): its issuer, named for the document, is the source before any speaker the
 *  next sentences name for something else (switch "headline-issuer-over-lead-source"). */
export function leadClosesOnDocument(doc: QuoteDoc): boolean {
  if (!isOn("quotes", "headline-issuer-over-lead-source", doc.switches)) return false;
  const lead = doc.article.paragraphs[0]?.sentences[0];
  return !!lead && LEAD_DOCUMENT_TAG.test(doc.text.slice(lead.start, lead.end).trimEnd());
}

/** "Harbour cuts 'ahead of plan'" over "Forty posts have gone at the harbour board. Mayor Ann Roe
 *  said …": a lead that reports nobody (no tag, no speaker) states what the next sentence's
 *  opening subject says; the headline's words are that named reporter's. */
export function plainLeadNextReporter(doc: QuoteDoc, found: readonly QuoteFound[]): Said | null {
  if (!isOn("quotes", "headline-plain-lead-next-reporter", doc.switches)) return null;
  const [lead, next] = doc.article.paragraphs.flatMap((p) => p.sentences);
  if (!lead || !next) return null;
  const leadText = doc.text.slice(lead.start, lead.end);
  if (/\baccording\s+to\b|["“]/u.test(leadText)) return null;
  // ("An English charity has dropped its 'no dogs' rule. Kestrel Trust said …": the lead's
  // indefinite agent, named next, did something; the words label the deed, nobody's report)
  if (/^\s*(?:A|An)\s/u.test(leadText)) return null;
  if ((leadText.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => SPEECH_VERB_FORMS.has(w))) return null;
  if (found.some((q) => q.start >= lead.start && q.end <= lead.end && q.speakerName)) return null;
  const q = found
    .filter((x) => x.start >= next.start && x.start < next.end && x.speakerName && x.speakerId)
    .sort((a, b) => a.start - b.start)[0];
  if (!q || (q.speakerKind !== "person" && q.speakerKind !== "organization")) return null;
  if (!SPEECH_VERB_FORMS.has((q.cue ?? "").toLowerCase().split(/\s+/).pop() ?? "")) return null;
  // The speaker opens the sentence: only capitalised words or role words before the name.
  const m = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.actorId === q.speakerId && x.start >= next.start && x.end <= q.start);
  const before = m ? doc.text.slice(next.start, m.start) : "x";
  if (!m || !/^(?:(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)\s+){0,4}$/u.test(before)) return null;
  return speakerSaid(q.speakerId, m.text, q.speakerName, q.speakerKind);
}

/** "Singer 'in hotel row'" over "…, her agent has said. A fan …, talent agent Pim Rask said.": the
 *  lead closes on a role it does not name ("his spokesman", "the club's manager"); the person the
 *  next three sentences name right after the same role noun is that reporter. */
export function leadRoleNamedLater(doc: QuoteDoc, found: readonly QuoteFound[]): Said | null {
  if (!isOn("quotes", "headline-lead-role-named-later", doc.switches)) return null;
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences).slice(0, 4);
  const lead = sentences[0];
  if (!lead || sentences.length < 2) return null;
  const tag =
    /,\s+(?:his|her|its|their|the)\s+(?:[\p{Ll}-]+\s+)??(?!(?:has|have|had)\s)(\p{Ll}+)\s+(?:(?:has|have|had)\s+)?(?:said|says|confirmed|told\s+[^,]+)\.?\s*$/u.exec(
      doc.text.slice(lead.start, lead.end).trimEnd(),
    );
  if (!tag) return null;
  const end = sentences[sentences.length - 1]!.end;
  const role = new RegExp(`(?<![\\p{L}])${tag[1]}\\s+$`, "u");
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start < lead.end || m.end > end || m.via !== "name") continue;
    const actor = doc.actors.byId.get(m.actorId);
    if (actor?.kind !== "person" || !role.test(doc.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    return actorSaid(actor, m.text, found);
  }
  return null;
}

/** "Kettle is 'best buy'" over "The Kestrel kettle has been named the best buy of the year, by
 *  consumer magazine Home Goods.": a lead whose passive ("has been named/chosen/voted") holds the
 *  headline's words and closes on its agent ("by …") gives them to that agent. */
export function leadPassiveAgent(doc: QuoteDoc, words: string): Said | null {
  if (!isOn("quotes", "headline-lead-passive-agent", doc.switches)) return null;
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!lead) return null;
  const text = doc.text.slice(lead.start, lead.end).trimEnd();
  const passive =
    /\b(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b/u.exec(text);
  const by = /,?\s+by\s+(?:[\p{L}'’-]+\s+){0,3}?$/u;
  if (!passive || !fold(text.slice(passive.index)).includes(fold(words))) return null;
  const m = doc.actors
    .mentionsIn(doc.article.docId)
    .find(
      (x) =>
        x.start > lead.start + passive.index &&
        x.end <= lead.start + text.length &&
        x.via === "name" &&
        /^\W*$/.test(doc.text.slice(x.end, lead.start + text.length)) &&
        by.test(doc.text.slice(lead.start + passive.index, x.start)),
    );
  const actor = m ? doc.actors.byId.get(m.actorId) : undefined;
  if (!m || !actor || (actor.kind !== "organization" && actor.kind !== "person")) return null;
  return speakerSaid(actor.id, m.text, actor.name, actor.kind);
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Plain verbs a plural subject says a headline's words with ("Unions urge '…'", "Tories warn"). */
const PLURAL_TITLE_VERB =
  /^(?:say|warn|claim|urge|demand|back|attack|hail|deny|reject|vow|pledge|promise|predict)$/;

/** "Unions urge 'fair deal'": the organisation a plural name right before a plain verb and the
 *  words stands for, when the body names it too (switch "headline-plural-org-verb"). */
export function pluralOrgTitle(doc: QuoteDoc, found: readonly QuoteFound[], before: string): Said | null {
  if (!isOn("quotes", "headline-plural-org-verb", doc.switches)) return null;
  const m = /(?:^|\s)(\p{Lu}[\p{L}'’-]*s)\s+(\p{Ll}+)\s*$/u.exec(before);
  if (!m || !PLURAL_TITLE_VERB.test(m[2]!)) return null;
  const actor = doc.actors.resolve(m[1]!);
  if (actor?.kind !== "organization") return null;
  if (!doc.actors.mentionsIn(doc.article.docId).some((x) => x.actorId === actor.id)) return null;
  return actorSaid(actor, m[1]!, found);
}
