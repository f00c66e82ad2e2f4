// `they would not be moved by Mr Hale's promise to produce an "utterly new" manifesto`: a
// quotation inside the complement of a possessive speech noun (promise, pledge, claim, call,
// warning …) is the owner's words, not those of the clause's speaker ("He warned …").

import type { Alternative } from "../steps.ts";
import type { Cue } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** Speech nouns whose "to"/"that" complement holds the owner's words (a table: one entry a noun). */
const SPEECH_NOUNS =
  "promise|promises|pledge|pledges|claim|claims|call|calls|warning|warnings|vow|insistence|assertion|boast|threat|suggestion|argument";

/** `Mr Hale's promise to produce an ` right before the quotation: owner, noun, then no break. */
const OWNED = new RegExp(
  `((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*)['’]s\\s+(?:${SPEECH_NOUNS})\\s+(?:to|that)\\s+[^"“”,;:.!?]{0,80}$`,
  "u",
);

/** `Mr Blair derided Tory claims they could cut £35bn in "wasteful spending"`: a capitalised
 *  modifier (a party, a body) before a plural or mass speech noun and its bare or "that" clause. */
const MODIFIED =
  /((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+(?:claims|suggestions|allegations|accusations|warnings|pledges|promises|insistence)\s+(?:that\s+)?[^"“”,;:.!?]{0,80}$/u;

/** The cue of quotation toks[j] inside a possessive (or, with `modified`, a capitalised
 *  modifier's) speech noun's complement, else null. */
function possessiveSpeechNoun(toks: Tok[], j: number, text: string, modified = false): Cue | null {
  const from = toks[0]?.start ?? 0;
  const before = text.slice(from, toks[j]!.start);
  const m = (modified ? MODIFIED : OWNED).exec(before);
  if (!m) return null;
  // ("But Ann Lee's …": a word opening the sentence is no part of the name)
  const lead = /^(?:But|And|So|Yet|The|A|An|His|Her|Its|Their)\s+/.exec(m[1]!)?.[0].length ?? 0;
  const name = m[1]!.slice(lead);
  if (!name) return null;
  const start = from + m.index + lead;
  return { speaker: { start, end: start + name.length, text: name }, cue: "'s", label: false };
}

export const POSSESSIVE_SPEECH_NOUN_RULE: Alternative<
  { ctx: { toks: Tok[]; doc: { text: string } }; j: number },
  Cue
> = {
  // (the clause's speech verb is another speaker's: "He warned … Mr Hale's promise to …")
  name: "possessive-speech-noun",
  doc: '`… by Mr Hale\'s promise to produce an "utterly new" manifesto`: the owner of a speech noun whose complement holds the quotation',
  try: ({ ctx, j }) => possessiveSpeechNoun(ctx.toks, j, ctx.doc.text),
};

export const MODIFIER_SPEECH_NOUN_RULE: Alternative<
  { ctx: { toks: Tok[]; doc: { text: string } }; j: number },
  Cue
> = {
  name: "modifier-speech-noun",
  doc: '`derided Tory claims they could cut £35bn in "wasteful spending"`: the capitalised modifier of a speech noun whose clause holds the quotation (session 33)',
  try: ({ ctx, j }) => possessiveSpeechNoun(ctx.toks, j, ctx.doc.text, true),
};
