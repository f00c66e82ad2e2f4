// Two refinements of an office's holder (office-subject.ts):
// - "Jo Marr said the chancellor had failed. … The chancellor insisted …": a person who speaks of
//   the office, in their own sentence, is not its holder (switch "office-spoken-of").
// - "Jo Marr asked Ann Roe …. But the chancellor said Ms Marr was …": a person the office speaks
//   of, by name, later in its own sentence is not its holder (switch "office-names-other").
// - "Ann Roe announced a drive. Plans include …. Pay is 19% lower, according to the EOC. The
//   minister told delegates …": the speaker before sentences that name no person carries on,
//   up to two such sentences further back (switch "office-past-quiet-sentences").

import type { Phrase } from "./phrases.ts";
import { previousSentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";

/** Does person `id`, named before `p`, speak of the office `p` ("the chancellor") in the sentence naming them? */
export function spokeOfOffice(doc: QuoteDoc, id: string, p: Phrase): boolean {
  const head = p.text.split(/\s+/).pop()!.toLowerCase();
  const office = new RegExp(`\\bthe\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}\\b`, "u");
  return doc.actors.mentionsIn(doc.article.docId).some((m) => {
    if (m.actorId !== id || m.via === "pronoun" || m.end > p.start) return false;
    const end = Math.min(p.start, sentenceEnd(doc, m.end));
    return office.test(doc.text.slice(m.end, end));
  });
}

/** The switch of namedAfterOffice (listed in study-set-switches.ts). */
export const OFFICE_NAMES_OTHER_SWITCH = {
  name: "office-names-other",
  doc: '"Jo Marr asked Ann Roe …. But the chancellor said Ms Marr was …": the person an office speaks of by name in its own sentence does not hold it',
};

/** Is person `id` named (not by pronoun) after the office `p` in the office's own sentence? */
export function namedAfterOffice(doc: QuoteDoc, id: string, p: Phrase): boolean {
  const end = sentenceEnd(doc, p.end);
  return doc.actors
    .mentionsIn(doc.article.docId)
    .some((m) => m.actorId === id && m.via !== "pronoun" && m.start >= p.end && m.end <= end);
}

function sentenceEnd(doc: QuoteDoc, pos: number): number {
  for (const para of doc.article.paragraphs) for (const s of para.sentences) if (s.end > pos) return s.end;
  return doc.text.length;
}

/** `from`, or up to two sentences further back while none from there to `here` names a person. */
export function quietStart(doc: QuoteDoc, from: number, here: number): number {
  const named = (a: number) =>
    doc.actors
      .mentionsIn(doc.article.docId)
      .some(
        (m) =>
          m.start >= a &&
          m.end <= here &&
          m.via !== "pronoun" &&
          doc.actors.byId.get(m.actorId)?.kind === "person",
      );
  let start = from;
  for (let i = 0; i < 2 && !named(start); i++) {
    const prev = previousSentenceStart(doc, start);
    if (prev >= start) break;
    start = prev;
  }
  return start;
}
