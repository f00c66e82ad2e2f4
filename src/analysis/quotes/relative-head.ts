// "The lawyer who had represented Mr Marsh had said the rules were “weighted heavily”": a speech
// verb after a restrictive who-clause (no comma before "who") that ends on a name is the clause's
// head's, an unnamed description, not the name the clause's own verb takes as its object.

import { IRREGULAR_PAST_FORMS } from "../lexicons/verbs.ts";
import type { Alternative } from "../steps.ts";
import { type Phrase, phraseBefore } from "./phrases.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { unnamed } from "./state.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import { isCap, type Tok } from "./tokens.ts";
import type { Speaker } from "./types.ts";

const RESTRICTIVE_WHO_HEAD_SWITCH = {
  name: "restrictive-who-head",
  doc: '"The lawyer who had represented Mr Marsh had said …": the head before a who-clause closing on a name, not that name',
};

const CLAUSE_AUX = /^(?:has|had|have|was|is|were|are)$/;

/** Any restrictive who-clause, session 40 (PolNeAR train): "a White House official who spoke
 *  anonymously to discuss internal strategy said". */
export const RESTRICTIVE_WHO_CLAUSE_RULE: Alternative<VerbAt, Phrase> = {
  name: "restrictive-who-clause",
  doc: '"a White House official who spoke anonymously to discuss strategy said": the description before a who-clause of words only (no comma), up to 14 words, is the subject',
  try: ({ toks, b, text }) => restrictiveWhoClause(toks, b, text),
};

/** The head "a/an/the <noun>" before "who" and a clause of words alone that toks[b] ends, else null. */
function restrictiveWhoClause(toks: Tok[], b: number, text: string): Phrase | null {
  let w = b;
  while (w > 0 && b - w < 14 && toks[w]!.type === "w" && toks[w]!.lower !== "who") w--;
  if (toks[w]?.lower !== "who" || w === b || w < 2) return null;
  // ("The people who Mr Forsyth labels …": "who" the object, the clause's own subject speaks)
  const next = toks[w + 1]!;
  if (isCap(next) || /^(?:he|she|they|we|i|you|it)$/.test(next.lower)) return null;
  const head = toks[w - 1]!;
  if (head.type !== "w" || isCap(head)) return null;
  const p = phraseBefore(toks, w, text);
  return p && /^(?:an?|the|one)\s+(?:[\p{L}-]+\s+)*\p{Ll}[\p{L}-]*$/iu.test(p.text) ? p : null;
}

/** The head "a/an/the <noun>" of "… who (had) <verb> <Name>" when toks[b] ends that (an
 *  auxiliary of the main verb between), else null. */
function restrictiveWhoHead(toks: Tok[], b: number, text: string): Phrase | null {
  let e = b;
  if (CLAUSE_AUX.test(toks[e]?.lower ?? "")) e--;
  let s = e;
  while (s > 0 && e - s < 4 && toks[s]?.type === "w" && isCap(toks[s]!)) s--;
  if (s === e) return null;
  const v = toks[s]!;
  if (v.type !== "w" || !(/^\p{Ll}+ed$/u.test(v.text) || IRREGULAR_PAST_FORMS.has(v.text))) return null;
  let w = s - 1;
  if (CLAUSE_AUX.test(toks[w]?.lower ?? "")) w--;
  if (toks[w]?.lower !== "who" || w < 2) return null;
  const head = toks[w - 1]!;
  if (head.type !== "w" || isCap(head)) return null;
  const p = phraseBefore(toks, w, text);
  return p && /^(?:an?|the)\s+\p{Ll}/iu.test(p.text) ? p : null;
}

export const RESTRICTIVE_WHO_HEAD_RULE: Alternative<VerbAt, Phrase> = {
  ...RESTRICTIVE_WHO_HEAD_SWITCH,
  try: ({ toks, b, text }) => restrictiveWhoHead(toks, b, text),
};

/** " who had represented Mr Marsh", " who ran": a restrictive who-clause with a past verb. */
const WHO_PAST = /^\s+who\s+(?:had\s+|has\s+)?\p{Ll}+ed\b/u;

/** A speaker rule: the head a restrictive who-clause singles out is no one the model names. */
export const WHO_CLAUSE_DESCRIPTION: Alternative<SpeakerInput, Speaker> = {
  name: "who-clause-description",
  doc: '"The lawyer who had represented Mr Marsh had said": a description a restrictive who-clause singles out is unnamed, not the model\'s role link',
  try: ({ doc, p, kind, namedHead, definite }) =>
    definite && kind === "person" && !namedHead && WHO_PAST.test(doc.text.slice(p.end, p.end + 60))
      ? unnamed(p)
      : null,
};
