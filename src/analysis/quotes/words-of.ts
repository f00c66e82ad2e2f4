// "In the words of Thomas Jefferson: “…”", "I am reminded of a quote attributed to Thomas
// Jefferson. “…”": a lead-in that hands the words to a named person, in the quotation's own
// sentence or closing the sentence before one that opens on the quotation.

import type { Alternative } from "../steps.ts";
import type { Cue } from "./phrases.ts";
import { previousSentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";

const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)`;
const LEAD_WORDS = String.raw`\b(?:[Ii]n the words of|(?:quote|quotation|words|line|saying|remark)s? (?:attributed|credited) to|[Tt]o quote|[Qq]uoting)\s+`;
/** In its own sentence: the lead-in and the name right before the quotation. */
const OWN = new RegExp(`${LEAD_WORDS}${NAME}\\s*[,:]?\\s*$`, "u");
/** Closing the sentence before. */
const BEFORE = new RegExp(`${LEAD_WORDS}${NAME}\\s*[.:]\\s*$`, "u");

/** The name a lead-in hands the quotation opening at `open` to, in `sentenceStart`'s sentence or the one before. */
export function wordsOfCue(doc: QuoteDoc, sentenceStart: number, open: number): Cue | null {
  const own = doc.text.slice(sentenceStart, open);
  let m = OWN.exec(own);
  let base = sentenceStart;
  if (!m && own.trim() === "" && sentenceStart > 0) {
    base = previousSentenceStart(doc, sentenceStart);
    m = BEFORE.exec(doc.text.slice(base, sentenceStart));
  }
  if (!m) return null;
  const start = base + m.index + m[0].lastIndexOf(m[1]!);
  return { speaker: { start, end: start + m[1]!.length, text: m[1]! }, cue: "words of", label: false };
}

export const WORDS_OF_RULE: Alternative<
  { ctx: { doc: QuoteDoc; start: number; toks: Tok[] }; j: number },
  Cue
> = {
  name: "words-of",
  doc: "`In the words of Ann Roe: “…”`, `… a quote attributed to Ann Roe. “…”`: a lead-in handing the words to a name, in the sentence or closing the one before",
  try: ({ ctx, j }) => wordsOfCue(ctx.doc, ctx.start, ctx.toks[j]!.start),
};
