// Speaker classes found on BBC study set 34 (issue #13): subject rules (SUBJECT_RULES entries,
// listed by their table for the ablation) and switches for inline-switches.ts.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseBefore, phraseOf } from "./phrases.ts";
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

/** "It was Ann Roe who had the last word, saying …": in a cleft sentence the participle after the
 *  who-clause has the cleft's focus as its subject, not the "it" that opens the sentence. */
const CLEFT_FOCUS_RULE: Alternative<VerbAt, Phrase> = {
  name: "cleft-focus-participle",
  doc: '"It was Ann Roe who had the last word, saying “…”": the focus of the cleft speaks, not "it"',
  try: ({ toks, j, b, text }) => {
    if (!/ing$/.test(toks[j]!.lower) || toks[b]?.text !== ",") return null;
    for (let i = 0; i + 3 < b; i++) {
      if (toks[i]!.lower !== "it" || !/^(?:was|is)$/.test(toks[i + 1]!.lower)) continue;
      let w = i + 3;
      while (w < b && toks[w]!.lower !== "who") w++;
      const p = w < b ? phraseBefore(toks, w, text) : null;
      return p && p.start === toks[i + 2]!.start && /^(?:the\s+)?\p{Lu}/u.test(p.text) ? p : null;
    }
    return null;
  },
};

/** A number and a per cent sign (or "per cent", "percent") before "of" at toks[k]; its first token. */
function shareBefore(toks: Tok[], k: number): number {
  const n = toks[k - 1]?.text ?? "";
  if (/^\d[\d.,]*%$/.test(n)) return k - 1;
  let a = k - 1;
  if (n === "%" || n.toLowerCase() === "percent") a = k - 2;
  else if (n.toLowerCase() === "cent" && toks[k - 2]?.lower === "per") a = k - 3;
  else return -1;
  return /^\d[\d.,]*$/.test(toks[a]?.text ?? "") ? a : -1;
}

/** The first token of a share of a plural group ending at toks[h] ("40% of firms", "30 per cent
 *  of local drivers"), else -1. */
export function shareOfGroup(toks: Tok[], h: number): number {
  if (!/(?:s|people)$/.test(toks[h]?.lower ?? "")) return -1;
  let k = h;
  while (
    k > 0 &&
    h - k < 3 &&
    toks[k]!.type === "w" &&
    /^\p{Ll}/u.test(toks[k]!.text) &&
    toks[k]!.lower !== "of"
  )
    k--;
  return k < h && toks[k]?.lower === "of" ? shareBefore(toks, k) : -1;
}

/** "Some 62% of voters said the plan was "…"", "with 40% of firms calling it a "…"": a share of a
 *  plural group (a survey's answer) speaks for that part of the group; the phrase reader, wanting
 *  a capital or a determiner, found no subject in the number (group-belief.ts reads the "with"
 *  participle by this switch too). */
export const SHARE_OF_GROUP_RULE: Alternative<VerbAt, Phrase> = {
  name: "share-of-group",
  doc: '"62% of voters said …", "with 40% of firms calling it “…”": the share of the group speaks',
  try: ({ toks, b, text }) => {
    const a = shareOfGroup(toks, b);
    return a >= 0 ? phraseOf(toks, a, b, text) : null;
  },
};

/** The subject rules of set 34's classes (spread into SUBJECT_RULES by residual19-switches.ts). */
export const SET34_SUBJECT_RULES = [ANONYMOUS_FROM_RULE, CLEFT_FOCUS_RULE, SHARE_OF_GROUP_RULE];

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

/** `with many fans calling it "a disgrace" or "a farce"`: the second of two quotations joined by
 *  "or"/"and" shares the group cue of the first (group-belief.ts stopped at the first quotation). */
const PAIRED_GROUP_QUOTE_SWITCH = {
  name: "group-cue-paired-quote",
  doc: '`with many fans calling it "a disgrace" or "a farce"`: the group speaks the second quotation too',
};

/** Is toks[k] a quotation joined to the quotation toks[j] right after it by "or"/"and"? */
export const pairedQuote = (toks: Tok[], k: number, j: number, switches: StepSwitches): boolean =>
  k === j - 2 &&
  toks[k]!.type === "q" &&
  /^(?:or|and)$/.test(toks[j - 1]!.lower) &&
  isOn("quotes", PAIRED_GROUP_QUOTE_SWITCH.name, switches);

/** The inline switches of set 34's classes, for the ablation. */
export const SET34_SWITCHES = [DOCUMENT_READS_SWITCH, UNNAMED_ANTECEDENT_SWITCH, PAIRED_GROUP_QUOTE_SWITCH];
