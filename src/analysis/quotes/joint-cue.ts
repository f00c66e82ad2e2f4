// "The Greens and the Liberals said the pledges were “worthless”", "Both Amnesty and the lobby
// group Camp Watch described the release as “long overdue”": a quotation whose cue names two
// speakers joined by "and" is said by them together, by no one of them alone. The cue's phrase
// often holds only one conjunct (the last, or the first before "and …"): with another name joined
// to it, the quotation keeps no single speaker.

import type { Step } from "../steps.ts";
import { portfolioTitle } from "./portfolio-title.ts";
import type { QuoteDoc } from "./state.ts";

/** A sentence's opening, with "Both", "The", "But" (the conjoined subject starts there). */
const OPENING = String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:Both|The|But|And)\s+)*`;
/** A capitalised name opening the sentence and "and" (with "the" and lower-case words) right before. */
const NAME_AND_BEFORE = new RegExp(
  String.raw`${OPENING}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:and|&)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,3})?$`,
  "u",
);
const OPENS = new RegExp(`${OPENING}$`, "u");
/** "and" and a capitalised name (after "the" too) right after. */
const AND_NAME_AFTER = /^\s+(?:and|&)\s+(?:the\s+)?\p{Lu}/u;

/** Does the cue phrase [start, end), a sentence's subject, stand beside another name joined by "and"? */
export function jointCue(doc: QuoteDoc, start: number, end: number, name: string | null): boolean {
  // ("Marks and Spencer", "the Institute of Economic and Social Research": one name with "and")
  if (name && /\s(?:and|&)\s/.test(name)) return false;
  const from = Math.max(0, start - 80);
  const before = doc.text.slice(from, start);
  if (NAME_AND_BEFORE.test(before)) {
    // ("Health and Safety Executive inspector Rachel Dunn": an "and" inside a name the model holds)
    const and = before.lastIndexOf(" and ");
    return and < 0 || !insideName(doc, from + and + 1);
  }
  return OPENS.test(before) && AND_NAME_AFTER.test(doc.text.slice(end, end + 30));
}

/** Does an actor mention of the article run over position `at`? */
const insideName = (doc: QuoteDoc, at: number): boolean =>
  doc.actors.mentionsIn(doc.article.docId).some((m) => m.start < at && m.end > at);

export const JOINT_CUE: Step<QuoteDoc> = {
  name: "joint-cue",
  doc: '"The Greens and the Liberals said the pledges were “worthless”": a quotation whose cue names two speakers joined by "and" keeps no single one',
  run: (doc) => {
    doc.speakers.forEach((sp, q) => {
      if (!sp || doc.via[q] !== "cue" || sp.kind === "unnamed") return;
      if (!jointCue(doc, sp.start, sp.end, sp.name) || portfolioTitle(doc, sp.start, sp.end)) return;
      doc.speakers[q] = null;
      doc.cues[q] = null;
      doc.via[q] = null;
    });
  },
};
