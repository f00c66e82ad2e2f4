// Session 26 (issue #13), terms. A quoted term in the complement of a verb of saying, thinking or
// judging is the words of that verb's subject: `The panel upheld the claim but said it found no
// sign of "systematic bullying"`. The cue rules read a speech verb's subject from the words right
// before it, so they miss it when the verb stands away from its subject: coordinated with an
// earlier verb ("… and insists", "…, but said"), hung on a verb of continuing ("continues to
// insist", "is continuing to insist"), a participle after the main clause ("…, saying"), or
// after a subject past a fronted phrase ("In court papers filed …, prosecutors blamed"). In each
// the subject is the clause's own opening subject; a term left with no speaker takes it when it
// names a person or organisation the model knows, an unnamed group of people ("prosecutors",
// "the show's producers"), or "the government" of the article's country. Two subjects joined by
// "and", a document or time ("the section on murder", "A month later"), a title-cased name and a
// term after another speaker's statement in the clause are left alone: no one's words, or not
// this subject's.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { IRREGULAR_PAST_FORMS, SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { countryGovernment } from "./country-government.ts";
import { resolvePhrase } from "./resolve-speaker.ts";
import { MORE_COUNTRIES_SWITCH } from "./set24-switches.ts";
import { shareClosingTag } from "./set33-shared-tag.ts";
import type { QuoteDoc } from "./state.ts";
import { ROLE_LIKE } from "./tok.ts";
import type { QuoteFound, Speaker } from "./types.ts";

/** The switch of this file's rule (listed in study-set-switches.ts). */
export const GOVERNED_TERM_SWITCH = {
  name: "governed-term-subject",
  doc: '`The panel upheld the claim but said it found no sign of "bullying"`, `The firm continues to insist the delays are no "crisis"`, `…, saying the fares are "unjust"`: a term after a coordinated, continued or participle verb of saying is the clause subject\'s',
};

/** Verbs of saying, thinking and judging whose complement a term may sit in: the lexicon's forms
 *  with their -ing forms ("alleging", "complaining"). */
function governing(w: string): boolean {
  if (SPEECH_VERB_FORMS.has(w)) return true;
  const stem = /^(\p{Ll}{3,})ing$/u.exec(w)?.[1];
  if (!stem) return false;
  const bases = [stem, `${stem}e`, /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : stem];
  return bases.some((b) => SPEECH_VERB_FORMS.has(`${b}s`) || SPEECH_VERB_FORMS.has(`${b}ed`));
}

/** A name given to a thing right before the term ("billed as", "known as", "dubbed", "titled"). */
const NAMING = /\b(?:billed|touted|known|dubbed|named|titled|entitled|nicknamed)\s+(?:as\s+)?(?:the\s+)?$/;

/** Verbs that carry no words of a subject, though listed with verbs of saying for other uses. */
const NOT_GOVERNING =
  /^(?:went|goes|continue[sd]?|continuing|post(?:s|ed|ing)?|report(?:s|ed|ing)?|call(?:s|ed|ing)?|ask(?:s|ed|ing)?)$/;

/** Before a verb: "and" or "but" (a coordinated verb), a verb of continuing and "to", or a comma
 *  before an -ing form (a participle clause on the main subject); an adverb may come between. */
const COORDINATED =
  /\b(?:and|but|yet)\s+(?:\p{Ll}+ly\s+)?(?:(?:continues|continued|has\s+continued)\s+to\s+)?$/u;
const CONTINUED = /\b(?:continues|continued|(?:is|are|was|were)\s+continuing|has\s+continued)\s+to\s+$/;
const PARTICIPLE = /,\s*(?:\p{Ll}+ly\s+)?$/u;
const ADJACENT =
  /^(?:\s+(?:has|have|had|will|would|also|still|now|\p{Ll}+ly|(?:continues|continued|(?:is|are|was|were)\s+continuing)\s+to))*\s+$/u;

/** Words opening a sentence before its subject: a conjunction or adverb, a fronted phrase to its comma. */
const OPENER =
  /^(?:(?:But|And|Yet|So|Now|However|Meanwhile|Instead|Still|Also|Earlier|Later|Separately)\b,?\s+)?(?:(?:In|On|At|After|Before|During|Despite|Following|Under|With|For|Since|As|Last|This|Earlier|Later)\b[^,]{0,120},\s+|\p{Lu}\p{Ll}+(?:ed|ing)\b[^,]{0,120},\s+)?/u;

/** Ends a subject phrase: an auxiliary or modal, a past form, a verb of saying, a verb in -s after a noun. */
const AUX = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do)$/;
const DETERMINER =
  /^(?:the|a|an|its|his|her|their|our|this|that|these|those|some|many|two|three|four|five|several)$/i;

/** The clause's opening subject phrase in `clause` (the sentence text from its start), or null. */
function openingSubject(clause: string): { offset: number; text: string } | null {
  const skip = OPENER.exec(clause)?.[0].length ?? 0;
  const rest = clause.slice(skip);
  // ("while marketing speak describes", "A key reason for answering": no subject of a main clause)
  if (/^(?:while|when|if|as|although|though|because|since|once|unless|whether)\b/i.test(rest)) return null;
  const words = [...rest.matchAll(/[\p{L}\d][\p{L}\d'’&.-]*/gu)];
  const out: string[] = [];
  for (const [k, m] of words.entries()) {
    const w = m[0];
    const low = w.toLowerCase();
    // (nothing but spaces between the words of one phrase)
    if (k > 0 && !/^\s+$/.test(rest.slice(words[k - 1]!.index! + words[k - 1]![0].length, m.index))) break;
    if (k === 0) {
      out.push(w);
      if (/^(?:he|she|it|they)$/i.test(w)) break;
      continue;
    }
    const prev = out[out.length - 1]!;
    const lower = /^\p{Ll}/u.test(w);
    const joiner = /^(?:of|and|&|for)$/.test(low);
    // A name runs on over capitalised words and joiners ("Mr Lee", "Bank of England"); a
    // capitalised word after a lowercase noun means a verb was read past ("The panel upheld Ms …").
    // ("US firm Norlink", "Bath boss Jo Lee": a lowercase role word between capitalised ones)
    const roleWord = lower && /^\p{Lu}/u.test(words[k + 1]?.[0] ?? "") && /^\p{Lu}/u.test(prev);
    if (/^\p{Lu}/u.test(out[0]!) && !DETERMINER.test(out[0]!) && lower && !joiner && !roleWord) break;
    const named = /^\p{Lu}/u.test(out[0]!) && !DETERMINER.test(out[0]!);
    if (
      !lower &&
      !named &&
      /^\p{Ll}/u.test(prev) &&
      !DETERMINER.test(prev) &&
      !/^(?:of|and|&|for)$/.test(prev)
    )
      return null;
    if (lower && (AUX.test(low) || /ed$/.test(low) || IRREGULAR_PAST_FORMS.has(low) || governing(low))) break;
    if (lower && /[^s]s$/.test(low) && !DETERMINER.test(prev) && !/['’]s?$/.test(prev) && out.length >= 2)
      break;
    out.push(w);
    if (out.length > 6) return null;
  }
  if (out.length === 0) return null;
  // (a phrase ending on a joiner or a possessive, "Ivana Lee's", is cut short of its head)
  if (/^(?:of|and|&|for)$/i.test(out.at(-1)!) || /['’]s?$/.test(out.at(-1)!)) return null;
  const text = out.join(" ");
  // ("A month later, he …", "Mr Lee, 45, …": a fronted phrase or an apposition, no plain subject)
  if (!rest.startsWith(text) || /^\s*,/.test(rest.slice(text.length))) return null;
  return { offset: skip, text };
}

/** This file's rule, then set 33's closing tag shared over a list (extract.ts runs them together,
 *  before the terms no one says are cleared). */
export function governedTermsThenSharedTag(
  doc: QuoteDoc,
  direct: QuoteFound[],
  switches: StepSwitches,
): void {
  governedTerms(doc, direct, switches);
  shareClosingTag(doc, direct);
}

/** Gives each term with no speaker, after a coordinated, continued or participle verb of saying in
 *  its clause or one right after the clause's opening subject, that subject (speakerOf). */
function governedTerms(doc: QuoteDoc, direct: QuoteFound[], switches: StepSwitches): void {
  if (!isOn("quotes", GOVERNED_TERM_SWITCH.name, switches)) return;
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  for (const q of direct) {
    if (q.speakerName || q.kind !== "term" || q.start < doc.article.bodyStart) continue;
    const s = sentences.find((x) => x.start <= q.start && q.start < x.end);
    if (!s) continue;
    const before = doc.text.slice(s.start, q.start);
    // (one clause: no semicolon, colon or dash, no quotation that closes a sentence before it)
    // (a spaced hyphen is a dash; a name given to a thing, "billed as “…”", is no one's words)
    if (/[;:–—]|\s-\s|[.!?]["”]\s/.test(before) || NAMING.test(before)) continue;
    const verb = lastGoverning(before);
    // (a title-cased name, "Meet the Press", is no one's words; nor is a term after another
    // speaker's closing statement, `joked, “… ridiculous,” drawing jeers and “…”`)
    if (!verb || titleCased(q.text) || /[,.!?]["”’']/.test(before.slice(verb.index))) continue;
    const lead = before.slice(0, verb.index);
    const subj = openingSubject(before);
    if (!subj || subj.offset + subj.text.length > verb.index) continue;
    // (the verb right after the opening subject, past auxiliaries: a fronted phrase the cue
    // rules read no subject past, "In court papers, prosecutors blamed …")
    // (a finite verb, not a passive: "He is described as", "It was agreed that")
    const next = !/ing$/.test(verb.word) && ADJACENT.test(lead.slice(subj.offset + subj.text.length));
    const away =
      COORDINATED.test(lead) || CONTINUED.test(lead) || (/ing$/.test(verb.word) && PARTICIPLE.test(lead));
    // ("the Greens and the Liberals": two speakers, whose words neither says alone)
    if (!(away || next) || /\s(?:and|&)\s/.test(subj.text)) continue;
    const start = s.start + subj.offset;
    const sp = speakerOf(doc, { start, end: start + subj.text.length, text: subj.text });
    if (!sp) continue;
    q.speakerName = sp.name ?? sp.text;
    q.speakerText = sp.text;
    q.speakerId = sp.id;
    q.speakerKind = sp.kind;
    q.cue = verb.word;
    q.via = "cue";
  }
}

/** The speaker a subject phrase names: an actor the model knows, an unnamed group or role ("some
 *  delegates", "the show's producers"), or for "the government" its country's government. */
function speakerOf(doc: QuoteDoc, p: { start: number; end: number; text: string }): Speaker | null {
  // ("Ivana Trump's brief said": a possessor's document or body, unless it names people)
  if (/['’]s?\s/.test(p.text) && !personal(p.text)) return null;
  const sp = resolvePhrase(doc, p);
  // ("Mrs. Clinton" is never the husband the model may take her for)
  const title = /^(?:(Mr)|Mrs|Ms|Miss)\.?\s/.exec(p.text);
  const g = title && sp.id ? (doc.actors.genderOf?.(doc.article.docId, sp.id) ?? sp.gender) : sp.gender;
  if (title && g !== "any" && g !== (title[1] ? "male" : "female")) return null;
  if (sp.id) return sp.kind === "person" || sp.kind === "organization" ? sp : null;
  if (!/^the\s+government$/i.test(p.text)) return sp.kind === "unnamed" && personal(p.text) ? sp : null;
  const more = isOn("quotes", MORE_COUNTRIES_SWITCH.name, doc.switches);
  const country = countryGovernment(doc.text.slice(doc.article.bodyStart), more);
  return country ? { ...sp, name: country, kind: "organization" } : null;
}

/** Does a description name people ("prosecutors", "the show's producers", "some delegates
 *  attending"), not a thing or a time ("the section on murder", "A month later", "Another")? A
 *  singular head must be a role or source noun; a plural one may be any noun of agents. */
function personal(text: string): boolean {
  const all = text.toLowerCase().split(/\s+/);
  // (the head before a prepositional phrase: "the section on murder")
  const cut = all.findIndex((w, k) => k > 0 && /^(?:of|on|for|in|at|from|with|to)$/.test(w));
  const words = cut > 0 ? all.slice(0, cut) : all;
  // (past a participle after the head: "delegates attending")
  const head = words.length > 1 && /ing$/.test(words.at(-1)!) ? words.at(-2)! : words.at(-1)!;
  const one = head.replace(/s$/, "");
  if (ANONYMOUS_HEADS.has(head) || ROLE_HEADS.has(head) || ROLE_HEADS.has(one)) return true;
  return head !== one && head !== "others" && (ROLE_LIKE.test(one) || /(?:ate|ist)$/.test(one));
}

/** "Meet the Press", "Neocons For Hillary": every word of four letters or more capitalised. */
function titleCased(text: string): boolean {
  const long = (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length > 3);
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** The last verb of saying, thinking or judging in `before`, with its offset. */
function lastGoverning(before: string): { word: string; index: number } | null {
  const words = [...before.matchAll(/\p{Ll}+/gu)];
  for (let k = words.length - 1; k >= 0; k--) {
    const m = words[k]!;
    const w = m[0];
    // (whole words only: not the tail of a capitalised or hyphenated word)
    if (m.index! > 0 && /[\p{L}'’-]/u.test(before[m.index! - 1]!)) continue;
    // (a noun after a determiner, "his comments", "a claim", is no verb)
    const prev = /(\S+)\s+$/.exec(before.slice(0, m.index))?.[1] ?? "";
    // (…or a preposition: "the secretary of state")
    if (DETERMINER.test(prev) || /['’]s?$/.test(prev) || /^(?:of|in|on|at|by|from|with|about)$/i.test(prev))
      continue;
    // (a verb of naming, "for calling himself the “…”": its own subject's term, no verb's further back)
    if (/^call(?:s|ed|ing)?$/.test(w)) return null;
    if (governing(w) && !NOT_GOVERNING.test(w)) return { word: w, index: m.index! };
  }
  return null;
}
