// Headline words whose source the lead's closing tag names or describes (session 21, headline
// set 2; issue #13):
// - "Harbour 'to close pier'" over "…, port manager Ann Roe has said." / "…, according to the
//   Daily Post." / "…, reports the Daily Post.": the lead's tag names its source, though the body
//   walk found no reported speech there; the headline's words are that source's.
// - "Ferry fares 'to rise'" over "…, the harbour watchdog has said. … The Port Users Board
//   said …": the tag only describes its source (an office, a firm, a committee); the first person
//   or organisation of the same kind the next three sentences name, and the lead does not, is it.

import type { Mention } from "../../types.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { OFFICE_HEADS } from "../lexicons/titles.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { actorSaid, type Said } from "./said.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const HEADLINE21B_SWITCHES = [
  {
    name: "headline-lead-tag-name",
    doc: '"Harbour \'to close pier\'" over "…, port manager Ann Roe has said." or "…, according to the Daily Post.": the person or organisation the lead\'s closing tag names says the headline\'s words',
  },
  {
    name: "headline-described-named-ahead",
    doc: '"Ferry fares \'to rise\'" over "…, the harbour watchdog has said. … The Port Users Board said …": the first person or organisation of the described kind the next sentences name, and the lead does not',
  },
] as const;

/** Verbs a lead's tag reports with, beyond the verbs of saying. */
const REPORTING = new Set([
  ...SPEECH_VERB_FORMS,
  "reported",
  "reports",
  "revealed",
  "reveals",
  "found",
  "finds",
  "indicated",
  "indicates",
  "predicted",
  "predicts",
]);

const NAMED_VIA = new Set(["name", "surname", "acronym", "alias"]);

const PREPOSITIONS = new Set(["of", "for", "with", "to", "about", "at", "by", "from", "in", "on", "over"]);

/** The lead's closing tag (after its last comma) and where it starts: a verb of reporting at its
 *  end ("…, Ann Roe has said.") or its start ("…, reports the Daily Post."), or "according to". */
function leadTag(doc: QuoteDoc): { start: number; words: string[]; verbFirst: boolean } | null {
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!lead) return null;
  const text = doc.text.slice(lead.start, lead.end).trimEnd();
  const comma = text.lastIndexOf(", ");
  if (comma < 0) return null;
  const tag = text.slice(comma + 2).replace(/[.!]$/, "");
  const words = tag.split(/\s+/);
  const last = words[words.length - 1]!;
  const verbFirst = REPORTING.has(words[0]!) || /^according to\s/.test(tag);
  if (!verbFirst && !REPORTING.has(last)) return null;
  return { start: lead.start + comma + 2, words, verbFirst };
}

const saidOf = (doc: QuoteDoc, m: Mention, found: readonly QuoteFound[]): Said | null => {
  const actor = doc.actors.byId.get(m.actorId);
  if (!actor || (actor.kind !== "person" && actor.kind !== "organization")) return null;
  return actorSaid(actor, m.text, found);
};

/** The person or organisation the lead's closing tag names ("film-maker Jo Marr has said",
 *  "according to the Daily Post"), not one in the possessive ("Kestrel's spokesman said"). */
export function leadTagName(doc: QuoteDoc, found: readonly QuoteFound[]): Said | null {
  if (!isOn("quotes", "headline-lead-tag-name", doc.switches)) return null;
  const tag = leadTag(doc);
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!tag || !lead) return null;
  const inTag = doc.actors
    .mentionsIn(doc.article.docId)
    .filter((m) => m.start >= tag.start && m.end <= lead.end && NAMED_VIA.has(m.via));
  const m = inTag[inTag.length - 1];
  if (!m || /^['’]s?\b/u.test(doc.text.slice(m.end, m.end + 2))) return null;
  // The name is the tag's own head: after the verb ("reports the"), "according to", or a short
  // description ("film-maker", "business lobby group the"); not a document's or a clause's
  // ("according to figures released by …", "…, said a friend of Jo Marr").
  const before = doc.text
    .slice(tag.start, m.start)
    .replace(tag.verbFirst ? /^(?:according to|\p{Ll}+)\s+/u : /^/, "");
  const words = before.split(/\s+/).filter(Boolean);
  if (words.length > 4 || words.some((w) => !/^[\p{Ll}-]+$/u.test(w) || PREPOSITIONS.has(w))) return null;
  if (words.some((w) => DOCUMENT_HEADS.has(w))) return null;
  return saidOf(doc, m, found);
}

/** Role heads of one person ("its chief executive", "the boss of …", "one of its ministers"). */
const PERSON_HEADS = new Set(
  [
    ...OFFICE_HEADS,
    "boss",
    "executive",
    "frontbencher",
    "frontbenchers",
    "coach",
    "manager",
    "founder",
  ].filter((w) => !ANONYMOUS_HEADS.has(w)),
);

/** The kind of source a lead tag describes: its head noun ("the harbour watchdog" → an
 *  organisation, "the trade secretary" → a person), else null (a group: "officials", "experts"). */
function describedKind(words: readonly string[]): "person" | "organization" | null {
  const det = /^(?:the|a|an|its|his|her|their|one)$/;
  if (words.length === 0) return null;
  if (words.length === 1 && words[0] === "MPs") return "organization";
  if (!det.test(words[0]!)) return null;
  const of = words.indexOf("of");
  // (no name: a name in the tag is headline-lead-tag-name's)
  if (words.slice(0, of < 0 ? undefined : of).some((w) => /^\p{Lu}/u.test(w))) return null;
  const head = (
    words[0] === "one" && of === 1 ? words[words.length - 1] : words[(of < 0 ? words.length : of) - 1]
  )!;
  if (PERSON_HEADS.has(head.toLowerCase())) return "person";
  if (ORG_NOUNS.has(head.toLowerCase()) || head === "MPs") return "organization";
  return null;
}

/** A preposition, an article and capitalised words right before a name. */
const AFTER_PREPOSITION =
  /(?<![\p{L}])(?:of|in|at|on|after|before|from|to|for|with|by|about|against|over|under|into|than|as|between|among)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*$/u;

/** "…, the harbour watchdog has said. … The Port Users Board said …": the first person or
 *  organisation of the described kind the three sentences after the lead name, not named in the
 *  lead or the title. */
export function describedNamedAhead(doc: QuoteDoc, found: readonly QuoteFound[]): Said | null {
  if (!isOn("quotes", "headline-described-named-ahead", doc.switches)) return null;
  const tag = leadTag(doc);
  if (!tag) return null;
  const words = tag.verbFirst
    ? tag.words.slice(1)
    : tag.words.slice(0, -1).filter((w, i, a) => i < a.length - 1 || !/^(?:has|have|had)$/.test(w));
  const kind = describedKind(words);
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences).slice(0, 4);
  const lead = sentences[0];
  if (!kind || !lead || sentences.length < 2) return null;
  const mentions = doc.actors.mentionsIn(doc.article.docId);
  const early = new Set(mentions.filter((m) => m.end <= lead.end).map((m) => m.actorId));
  const end = sentences[sentences.length - 1]!.end;
  for (const m of mentions) {
    if (m.start < lead.end || m.end > end || !NAMED_VIA.has(m.via) || early.has(m.actorId)) continue;
    if (doc.actors.byId.get(m.actorId)?.kind !== kind) continue;
    // (a clause's subject, not a preposition's object: "… after the Kestrel show ended")
    const s = sentences.find((x) => x.start <= m.start && m.end <= x.end)!;
    if (!AFTER_PREPOSITION.test(doc.text.slice(s.start, m.start))) return saidOf(doc, m, found);
  }
  return null;
}

export const HEADLINE21B_WORD_SWITCHES = [
  {
    name: "headline-word-one-speaker",
    doc: "\"Port wary of 'gamble'\" over `\"It would be a big gamble,\" Roe said.`: a one-word headline quotation only one named speaker's body statements hold, and the body never uses unquoted, is that speaker's",
  },
  {
    name: "headline-term-stem",
    doc: '"Bank \'cuts\' forecast" over "… is to cut its forecast …": a one-word headline verb the lead uses without its -s, -ed or -ing is used in the lead',
  },
] as const;

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** "Port wary of 'gamble'" over `"It would be a big gamble," Roe said.`: the one named speaker
 *  whose body statements hold the one-word headline quotation, when the body uses the word in
 *  no other place (not inside quotation marks, or quoted by someone else). */
export function bodyStatementWord(
  doc: QuoteDoc,
  word: string,
  found: readonly QuoteFound[],
  from: number,
): QuoteFound | null {
  const w = fold(word);
  if (!isOn("quotes", "headline-word-one-speaker", doc.switches) || !w || w.includes(" ")) return null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[^\p{L}\p{N}]/gu, "")}(?![\\p{L}\\p{N}])`, "giu");
  const holding = (q: QuoteFound) =>
    q.start >= from && q.kind !== "reported" && [...q.text.matchAll(re)].length > 0;
  const quotes = found.filter(holding);
  const first = quotes[0];
  if (!first?.speakerId || (first.speakerKind !== "person" && first.speakerKind !== "organization"))
    return null;
  if (quotes.some((q) => q.speakerId !== first.speakerId || q.kind !== "statement")) return null;
  const inQuotes = (at: number) => found.some((q) => q.kind !== "reported" && q.start <= at && at < q.end);
  const unquoted = [...doc.text.slice(from).matchAll(re)].some((m) => !inQuotes(from + m.index));
  return unquoted ? null : first;
}

/** "Bank 'cuts' forecast" over "… is to cut its forecast": the lead uses the headline verb's stem. */
export function stemInLead(doc: QuoteDoc, lead: string, word: string): boolean {
  if (!isOn("quotes", "headline-term-stem", doc.switches)) return false;
  const stem = /^(\p{L}{3,}?)(?:s|ed|ing)$/u.exec(word.toLowerCase())?.[1];
  return !!stem && new RegExp(`(?<![\\p{L}\\p{N}])${stem}(?:s|ed|ing)?(?![\\p{L}\\p{N}])`, "iu").test(lead);
}
