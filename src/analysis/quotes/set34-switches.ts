// Speaker classes found on BBC study set 34 (issue #13): subject rules (SUBJECT_RULES entries,
// listed by their table for the ablation) and switches for inline-switches.ts.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseBefore } from "./phrases.ts";
import { DOCUMENT_READS_SWITCH } from "./set34-reads.ts";
import type { QuoteDoc } from "./state.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import type { Tok } from "./tokens.ts";

/** `"…," a spokesperson from Tellco told the BBC`: an anonymous source "from" a body is the source,
 *  as "a spokesperson for Tellco" is (the phrase reader joins only "of", "for", "to", "at"); the
 *  body named after "from" is where the speaker comes from, not who speaks. */
const ANONYMOUS_FROM_RULE: Alternative<VerbAt, Phrase> = {
  name: "anonymous-from-body",
  doc: '`"…," a spokesperson from Tellco told the BBC`: the anonymous source from a body speaks, not the body',
  try: ({ toks, b, text }) => fromSource(toks, phraseBefore(toks, b + 1, text), text),
};

/** The anonymous source "<a> <head> from" before the body `p`, joined to it; else null. */
function fromSource(toks: Tok[], p: Phrase | null, text: string): Phrase | null {
  if (!p || !/^(?:the\s+)?\p{Lu}/u.test(p.text)) return null;
  const s = toks.findIndex((t) => t.start === p.start);
  const head = toks[s - 2];
  if (toks[s - 1]?.lower !== "from" || head?.type !== "w" || !ANONYMOUS_HEADS.has(head.lower)) return null;
  const outer = phraseBefore(toks, s - 1, text);
  // (an article or quantifier opens the source: "a spokesman", "one official", "two officials")
  if (!outer || !/^(?:an?|the|one|two|three|several|some)\s/i.test(outer.text)) return null;
  return { start: outer.start, end: p.end, text: text.slice(outer.start, p.end) };
}

/** The closing tag's subject `p` (cue-after.ts tag-x-said), joined to an anonymous source "from" it. */
export function anonymousFrom(
  toks: Tok[],
  p: Phrase | null,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (!p || !isOn("quotes", ANONYMOUS_FROM_RULE.name, switches)) return p;
  return fromSource(toks, p, text) ?? p;
}

/** The subject rules of set 34's classes (spread into SUBJECT_RULES by residual19-switches.ts). */
export const SET34_SUBJECT_RULES = [ANONYMOUS_FROM_RULE];

/** `The Courier quoted an unnamed director at Harbour Air as saying …. "…," the paper quoted the
 *  director as saying.`: a definite description takes up the unnamed one of its head the
 *  paragraph introduced before it, not a person the article gives that role elsewhere
 *  (role-antecedent.ts, whose role links read "Harbour Air director Tom Varley" further on). */
const UNNAMED_ANTECEDENT_SWITCH = {
  name: "unnamed-antecedent",
  doc: '"quoted an unnamed director at Harbour Air as saying …. “…,” the paper quoted the director as saying": the unnamed director, not a named one',
};

/** Does an "unnamed"/"anonymous" mention of the head of description `p` ("the director") come
 *  before it in its paragraph? */
export function unnamedAntecedent(doc: QuoteDoc, p: Phrase): boolean {
  if (!isOn("quotes", UNNAMED_ANTECEDENT_SWITCH.name, doc.switches)) return false;
  const head = /(\p{Ll}+)$/u.exec(p.text)?.[1];
  if (!head) return false;
  const from = doc.text.lastIndexOf("\n", p.start) + 1;
  const re = new RegExp(`\\b(?:an?|one)\\s+(?:unnamed|anonymous)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}\\b`, "u");
  return re.test(doc.text.slice(Math.max(from, p.start - 600), p.start));
}

/** The inline switches of set 34's classes, for the ablation. */
export const SET34_SWITCHES = [DOCUMENT_READS_SWITCH, UNNAMED_ANTECEDENT_SWITCH];
