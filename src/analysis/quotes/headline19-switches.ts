// Headline quotations whose speaker only the body names (session 19, issue #13):
// - "Budget 'leanest' yet" over "… Ms Darrow admitted that the plan was the leanest in a decade.":
//   a one-word headline quotation the body says, outside quotation marks, only in the reported
//   speech of one named speaker (a clause after "said that", "admitted", "agreed that") is that
//   speaker's. The reported clause is where the headline writer took the word from; a word the
//   body only uses in plain narration stays a label (the older "headline-term-in-lead" rule).

import { foldWords } from "../../text/fold.ts";
import { isOn } from "../steps.ts";
import { type Said, said } from "./said.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const HEADLINE19_SWITCHES = [
  {
    name: "headline-word-in-report",
    doc: "\"Budget 'leanest' yet\" over \"Ms Darrow admitted that the plan was the leanest\": a one-word headline quotation one named speaker's reported clause holds is that speaker's",
  },
] as const;

/** The clause's words outside its own quotation marks (a quoted term inside a report is the
 *  speaker's term, handled by the term rules). */
const unquoted = (s: string) => s.replace(/["“][^"”]*["”]/g, " ");

/** The one named speaker whose reported clause holds the one-word headline quotation `words`. */
export function headlineWordInReport(
  doc: QuoteDoc,
  found: readonly QuoteFound[],
  words: string,
): Said | null {
  const w = foldWords(words);
  // (short words are too common to tie a headline to one clause: 'no', 'war')
  if (!w || w.includes(" ") || w.length < 4 || !isOn("quotes", "headline-word-in-report", doc.switches))
    return null;
  // The word as the clause's predicate, after a copula ("the time was ripe", "it is the
  // toughest"): a judgement the headline quotes; not a noun the report mentions ('police').
  const re = new RegExp(
    `(?<![\\p{L}])(?:is|was|are|were|be|been|being)\\s+(?:(?:the|so|very|too|not|still|now|already|all|most|more|quite|rather)\\s+)*${w}(?![\\p{L}\\p{N}])`,
    "iu",
  );
  const holding = found.filter(
    (q) =>
      q.kind === "reported" &&
      !!q.speakerName &&
      (q.speakerKind === "person" || q.speakerKind === "organization") &&
      re.test(unquoted(q.text)),
  );
  const ids = new Set(holding.map((q) => q.speakerId ?? q.speakerName));
  const q = ids.size === 1 ? holding[0]! : null;
  return q ? (nameClosingSubject(doc, q) ?? said(q)) : null;
}

/** "Leading analyst, and founder of Kestrel Research Jane Roe, agreed that …": the person named
 *  last in the subject, right before the comma and the verb, when the speaker found is a
 *  capitalised description opening that subject. */
function nameClosingSubject(doc: QuoteDoc, q: QuoteFound): Said | null {
  const sentence = doc.article.paragraphs
    .flatMap((p) => p.sentences)
    .find((s) => s.start <= q.start && q.start < s.end);
  if (!sentence || !q.speakerText) return null;
  const before = doc.text.slice(sentence.start, q.start);
  const at = before.indexOf(q.speakerText);
  if (at < 0) return null;
  const m = doc.actors
    .mentionsIn(doc.article.docId)
    .find(
      (x) =>
        x.via === "name" &&
        x.actorId !== q.speakerId &&
        x.start >= sentence.start + at + q.speakerText!.length &&
        /^\s*,\s*\p{Ll}+(?:\s+that)?\s*$/u.test(doc.text.slice(x.end, q.start)),
    );
  const actor = m ? doc.actors.byId.get(m.actorId) : undefined;
  if (!m || actor?.kind !== "person") return null;
  return {
    speakerId: actor.id,
    speakerText: m.text,
    speakerName: actor.name,
    speakerKind: "person",
    speakerOrg: null,
    speakerOrgId: null,
  };
}
