// `Mr Hale argued the levy was unfair to farmers. It had nothing to do with "sound money".` News
// writing runs a speaker's reported speech on into the next sentence with no tag of its own,
// keeping the reported clause's back-shifted tenses (was, were, had, would, could); a quoted term
// there is still the speaker's words. The writer's own sentences after a report are mostly in
// the present or present perfect ("Domain names are the "real language" …"), or name their own
// subject's saying, so the rule asks for: a named speaker (a model actor) whose reported speech,
// after a verb of saying in the past, is the last attribution of the sentence before; a sentence
// with back-shifted verbs only, no attribution and no verb of saying of its own; and no word of
// the speaker's name in it (the writer's words about them).

import type { Article } from "../../types.ts";
import { REPORTED_THAT_VERBS, SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { takeReportedSpeaker } from "./reported-inside.ts";
import { sentenceAndBefore } from "./term-after-speaker.ts";
import type { QuoteFound } from "./types.ts";

/** The switch of a quotation inside the report (session 35). */
export const BACKSHIFTED_QUOTE_IN_REPORT_SWITCH = {
  name: "backshifted-quote-in-report",
  doc: "\"Mr Hale said the plans were “little more than a PR exercise” ahead of the poll. Police were already “buried” …\": a quotation inside the report leaves the sentence after it the report's, back-shifted as a report's is",
};

/** Past verbs of saying whose clause the next sentence can go on reporting. */
const SAID = /^(?:said|told|argued|insisted|claimed|warned|added|stated|explained|stressed|maintained)$/;
/** Finite verbs of the back-shifted report, and present ones that mark the writer's own sentence. */
const BACKSHIFTED = /\b(?:was|were|had|would|could)\b/i;
/** After a direct statement or across a paragraph break, a plain "was" is the writer's narrative
 *  as often as the account ("…," coach Ana Ruiz said. The new stand was a "cathedral" of noise.):
 *  only a modal or a past perfect carries the account there. */
const STRONGLY_BACKSHIFTED = /\b(?:had|would|could|might)\b/i;
const PRESENT =
  /(?<!\b(?:to|would|could|might)\s+)\b(?:is|are|am|has|have|will|can|does|do|shall|should|may|must)\b|['’](?:re|ve|ll)\b/i;
/** A past verb of the reported clause itself ("said the levy was unfair", "said the rules only covered …"). */
const PAST = /\b(?:was|were|had|would|could|\p{Ll}{3,}ed)\b/u;

/** A verb form that can head a clause of its own ("found", "says", "warning"), not a bare infinitive. */
const FINITE_OR_PARTICIPLE = /(?:ed|s|ing)$|^(?:found|said|told|thought|wrote|written|felt|shown|knew)$/;
/** A sentence opening on a personal pronoun is about its subject's doings, not the account's. */
const PRONOUN_OPENING = /^(?:(?:But|And|So|Yet)\s+)?(?:He|She|They|We|I)\b/;

type Span = { start: number; end: number };

const overlaps = (q: Span, s: Span) => q.start < s.end && q.end > s.start;

/** The text of `s` with every quotation of `quotes` inside it blanked. */
function outside(text: string, quotes: readonly QuoteFound[], s: Span): string {
  let out = text.slice(s.start, s.end);
  for (const q of quotes)
    if (q.start >= s.start && q.end <= s.end)
      out = out.slice(0, q.start - s.start) + " ".repeat(q.end - q.start) + out.slice(q.end - s.start);
  return out;
}

/** The named speaker of the last attribution of `s`: reported speech after a past verb of saying,
 *  in the past itself; with `quoted`, a direct statement too (`"…," Mr Hale said.`). Else null. */
function accountLast(
  text: string,
  direct: readonly QuoteFound[],
  reported: readonly QuoteFound[],
  s: Span,
  quoted: boolean,
  within = false,
) {
  const latest = (xs: readonly QuoteFound[]) =>
    xs.filter((x) => x.speakerName && overlaps(x, s)).sort((a, b) => b.start - a.start)[0];
  // (a report of no one the model knows nested inside a named one, "He said the experience of
  // Wales indicated …", is still the named speaker's account)
  const r = latest(reported.filter((x) => x.speakerId));
  const stray =
    r && reported.some((x) => x.speakerName && overlaps(x, s) && x.start > r.start && x.end > r.end);
  if (stray) return null;
  // (a statement after the last report, or alone: its speaker's account)
  const d = quoted ? latest(direct.filter((x) => x.kind === "statement")) : undefined;
  // (…but a quotation inside the report is part of it: "said the plans were “little more than a
  // PR exercise” ahead of the poll", switch "backshifted-quote-in-report")
  const inside = !!r && !!d && within && d.start >= r.start && d.end <= r.end;
  if (d?.speakerId && (!r || d.start > r.start) && !inside) return d;
  if (!r) return null;
  if (!SAID.test(r.cue ?? "")) return null;
  // (a report in the present or with a modal, "said ministers should expect …", is not back-shifted)
  const content = outside(text, direct, r);
  if (!PAST.test(content) || PRESENT.test(content)) return null;
  // (a quotation after it in the sentence with another speaker, or none, is a change of voice)
  const later = direct.filter((q) => overlaps(q, s) && q.start > r.start && q.speakerName !== r.speakerName);
  return later.length ? null : r;
}

/** Does sentence `own` go on with the account `r` of the sentence before: back-shifted verbs only, no
 *  attribution, verb of saying or finding of its own, no subject pronoun opening it, and no word of
 *  the speaker's name (the writer's words about them)? */
function carries(
  text: string,
  direct: readonly QuoteFound[],
  records: readonly QuoteFound[],
  own: Span,
  r: QuoteFound,
  strong: boolean,
): boolean {
  if (PRONOUN_OPENING.test(text.slice(own.start, own.end))) return false;
  // (an attribution of its own, but a term already given the same speaker: "The "worst thing" was …")
  const ownSpeaker = (x: QuoteFound) =>
    x.speakerName && overlaps(x, own) && !(x.kind === "term" && x.speakerName === r.speakerName);
  if (records.some(ownSpeaker)) return false;
  const words = outside(text, direct, own);
  if (!(strong ? STRONGLY_BACKSHIFTED : BACKSHIFTED).test(words)) return false;
  if (PRESENT.test(words) || /\?\s*$/.test(words)) return false;
  // (finite or participle forms only: "to charge it up" is no report; "An informal trawl of
  // records found …" reports itself)
  const saying = (w: string) =>
    (SPEECH_VERB_FORMS.has(w) || REPORTED_THAT_VERBS.has(w)) && FINITE_OR_PARTICIPLE.test(w);
  if (words.split(/[^\p{L}'’-]+/u).some((w) => saying(w.toLowerCase()))) return false;
  const name = (r.speakerName ?? "").split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
  return !name.some((w) => words.includes(w));
}

/** Gives each untagged lowercase term in a back-shifted sentence after a named speaker's report
 *  that speaker. */
export function backshiftedTerms(
  article: Article,
  direct: QuoteFound[],
  reported: readonly QuoteFound[],
  quoted = false,
  within = false,
): void {
  const text = article.text;
  const records = [...direct, ...reported];
  for (const q of direct) {
    if (q.speakerName || q.kind !== "term" || !/^\p{Ll}/u.test(q.text)) continue;
    const at = sentenceAndBefore(article, q.start);
    if (!at) continue;
    const r = accountLast(text, direct, reported, at.before, quoted, within);
    // (after a statement, or from the paragraph before: a modal or past perfect only)
    const apart = !article.paragraphs.some((p) => p.start <= at.before.start && at.own.start < p.end);
    if (!r || !carries(text, direct, records, at.own, r, r.kind !== "reported" || apart)) continue;
    takeReportedSpeaker(q, r, "context");
  }
}
