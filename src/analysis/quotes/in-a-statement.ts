// "But Rostenkowski set the tone of the debate in a statement, “…”": a quotation right after "in a
// statement" (an interview, a letter, a speech) is the words of the sentence's subject, whatever
// the verb before it (set the tone, hit back, responded).

import type { Alternative } from "../steps.ts";
import { type Cue, sentenceSubject } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

const IN_A_DOCUMENT =
  /\b(?:in|during)\s+(?:an?|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:statement|interview|letter|speech|e-?mail|message|release|address|article|column|blog)\s*[,:]?\s*$/u;

/** The subject of the sentence whose words before the quotation toks[j] end "in a statement,". */
export function inAStatementCue(toks: Tok[], j: number, text: string): Cue | null {
  const first = toks[0];
  if (!first || j < 2 || !IN_A_DOCUMENT.test(text.slice(first.start, toks[j]!.start))) return null;
  const subject = sentenceSubject(toks, j, text);
  // (its capitalised words only: the subject read runs on over an irregular verb, "set the tone")
  const name = subject ? /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u.exec(subject.text)?.[0] : undefined;
  if (!subject || !name) return null;
  const speaker = { start: subject.start, end: subject.start + name.length, text: name };
  return { speaker, cue: "in a statement", label: false };
}

export const IN_A_STATEMENT_RULE: Alternative<
  { ctx: { toks: Tok[]; doc: { text: string } }; j: number },
  Cue
> = {
  name: "in-a-statement",
  doc: "`Ann Roe set the tone in a statement, “…”`: a quotation right after “in a statement” (an interview, a letter) is the sentence's subject's",
  try: ({ ctx, j }) => inAStatementCue(ctx.toks, j, ctx.doc.text),
};
