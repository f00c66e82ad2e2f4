// "Millions 'to lose textile jobs'": a BBC lead often reports through an unnamed source ("…, a
// charity has warned.", "…, says a report.", "…, a committee of MPs has warned.") and names it in
// the next sentence or two ("Christian Aid condemned the move"). The headline's words are that
// named source's: the first speaker the two sentences after the lead name.

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

/** Verbs a lead reports a finding with, beyond the verbs of saying. */
const FINDING_VERBS = new Set([
  "suggests",
  "suggested",
  "shows",
  "showed",
  "finds",
  "found",
  "reveals",
  "revealed",
]);

/** Words that make a source definite or someone's ("the industry warns"): not an unnamed source. */
const DEFINITE = new Set([
  "the",
  "this",
  "that",
  "these",
  "those",
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
]);

/** A source of lower-case words, "a"/"an" first or none, with at most an "of <Name>" after it. */
const SOURCE = String.raw`(?:an?\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}(?:\s+of\s+\p{Lu}[\p{L}]*)?`;
const TAG_AFTER = new RegExp(String.raw`,\s+(${SOURCE})\s+(?:(?:has|have|had)\s+)?(\p{Ll}+)\.?\s*$`, "u");
const TAG_BEFORE = new RegExp(String.raw`,\s+(\p{Ll}+)\s+(${SOURCE})\.?\s*$`, "u");

const reporting = (verb: string) => SPEECH_VERB_FORMS.has(verb) || FINDING_VERBS.has(verb);

/** The lead closes on a report by an unnamed source ("…, a survey suggests."). */
function leadReportsUnnamed(lead: string): boolean {
  const after = TAG_AFTER.exec(lead);
  const before = TAG_BEFORE.exec(lead);
  const source =
    after && reporting(after[2]!) ? after[1]! : before && reporting(before[1]!) ? before[2]! : null;
  return !!source && !DEFINITE.has(source.split(/\s+/)[0]!.toLowerCase());
}

/** The first named speaker of the two sentences after a lead that reports an unnamed source. */
export function leadSourceAhead(doc: QuoteDoc, found: readonly QuoteFound[]): QuoteFound | null {
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  const lead = sentences[0];
  const last = sentences[2];
  if (!lead || !last || !leadReportsUnnamed(doc.text.slice(lead.start, lead.end).trim())) return null;
  let first: QuoteFound | null = null;
  for (const q of found) {
    if (q.start < lead.end || q.start >= last.end || !q.speakerName) continue;
    if (q.speakerKind !== "person" && q.speakerKind !== "organization") continue;
    if (!first || q.start < first.start) first = q;
  }
  return first;
}

/** "…, the industry warns.", "…, real experts say.": the lead closes on a report by a source it
 *  does not name (a definite or plural description); its words and where they stand, else null. */
export function leadReportSource(
  lead: string,
  leadStart: number,
): { start: number; end: number; text: string } | null {
  const after = TAG_AFTER.exec(lead);
  if (!after || !reporting(after[2]!)) return null;
  // ("the industry has warned": the auxiliary is no word of the source)
  const source = after[1]!.replace(/\s+(?:has|have|had)$/, "");
  const first = source.split(/\s+/)[0]!.toLowerCase();
  // (an indefinite one, "a survey suggests", is named ahead: leadSourceAhead)
  if (/^an?$/.test(first) || !(DEFINITE.has(first) || /s$/.test(source))) return null;
  const start = leadStart + after.index + after[0].indexOf(source, 1);
  return { start, end: start + source.length, text: source };
}
