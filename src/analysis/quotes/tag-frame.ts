// `Mr Dunmore has "the same drive" as ever, he said.`, `Of Hepburn, she said: "…"`: a person named
// earlier in the sentence a he/she tag closes (or in the phrase fronted before "he said:") sits
// inside what the pronoun's verb governs, so the pronoun is never that person (a name cannot be
// bound by a pronoun above it). A sentence opening on a subordinate clause ("When Ann Roe arrived,
// she said …") is left alone: there the name may be the pronoun's antecedent.

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation, namedPersonsBefore, sentenceStart } from "./prior-subject.ts";
import { TAG_FRAME_COMMA_SWITCH } from "./set25-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** A subordinate clause, or a participle clause's subject, opening the sentence. */
export const SUBORDINATE_OPENING =
  /^\s*(?:when|whenever|after|before|as|once|while|whilst|although|though|if|since|because|until|unless|whereas)\b/i;
/** The pronoun closes the sentence with its verb (", he said.", ", she told the BBC."), or opens a
 *  colon quotation after a fronted phrase (", she said:"). */
const CLOSING_TAG = /^\s+\p{Ll}+(?:\s+[^.!?:;"“”,]{1,40})?\s*(?:[.!?]|:\s*["“])/u;

/** A clause the name opens, closed by a colon right before a quotation ("… seemed irritated: “"). */
const COLON_CLAUSE = /^\s+\p{Ll}[^"“”.;:!?]{0,140}:\s*["“]/u;

/** The people named in the sentence before pronoun `p` that the pronoun cannot be, else null. */
export function namedInTagFrame(doc: QuoteDoc, p: Phrase): Set<string> | null {
  const { text } = doc;
  if (!/,\s*["”]?\s*$/u.test(text.slice(Math.max(0, p.start - 3), p.start))) return null;
  // ("Ann Roe has no doubt it is the mayor who, she claims, is “…”": a tag set inside a relative
  // clause governs that clause only, which names no one before the pronoun)
  if (/\b(?:who|which|whom)\s*,\s*$/.test(text.slice(Math.max(0, p.start - 12), p.start))) return null;
  if (!CLOSING_TAG.test(text.slice(p.end, p.end + 60)) && !commaTag(doc, p)) return null;
  const from = frameStart(doc, p.start);
  if (SUBORDINATE_OPENING.test(text.slice(from, p.start))) return null;
  const ids = new Set<string>();
  const colon = isOn("quotes", "tag-frame-colon", doc.switches);
  for (const m of namedPersonsBefore(doc, p.start, from)) {
    const after = text.slice(m.end, m.end + 80);
    // "Ann Roe, for the Greens, added: “…,” she said": the one who speaks in the sentence, and
    // "Roe's team-mate" (a possessive, often across a sentence break the text lost), stay.
    const verb = /^(?:,[^,.;:"“”]{1,60},)?\s+(\p{Ll}+)/u.exec(after)?.[1];
    if ((verb && SPEECH_VERB_FORMS.has(verb)) || /^['’]s?\b/.test(after)) continue;
    // "Clinton seemed irritated: “…,” she wrote": the subject of the clause a colon closes before
    // the quotation introduces it, and is who speaks (switch "tag-frame-colon")
    if (colon && COLON_CLAUSE.test(text.slice(m.end, m.end + 160))) continue;
    ids.add(m.actorId);
  }
  return ids.size ? ids : null;
}

/** `Mr Dunmore has failed, he claimed, saying …`: the pronoun's speech verb, then a comma (switch). */
function commaTag(doc: QuoteDoc, p: Phrase): boolean {
  const verb = /^\s+(\p{Ll}+),/u.exec(doc.text.slice(p.end, p.end + 30))?.[1];
  return !!verb && SPEECH_VERB_FORMS.has(verb) && isOn("quotes", TAG_FRAME_COMMA_SWITCH.name, doc.switches);
}

/** The sentence's start, or past a full stop the sentence split missed ("… hit Art. “The …,” he said"). */
function frameStart(doc: QuoteDoc, pos: number): number {
  const start = sentenceStart(doc, pos);
  let from = start;
  for (const m of doc.text.slice(start, pos).matchAll(/[.!?]\s+(?=["“\p{Lu}])/gu)) {
    const at = start + m.index + m[0].length;
    if (!insideQuotation(doc, start + m.index)) from = at;
  }
  return from;
}
