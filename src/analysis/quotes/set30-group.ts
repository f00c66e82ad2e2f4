// A speaker rule of a class found on BBC study set 30 (an ORG_DESCRIPTION_RULES entry, listed by
// its table for the ablation).

import type { Alternative } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { type QuoteDoc, unnamed } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "Legitimate Bollywood film distributors have hailed …": a plural common noun with no determiner
 *  after capitalised modifiers names a group of people, not one person called "distributors". An
 *  acronym among the modifiers ("G7 ministers") names the body they speak for, left to the name rules;
 *  a phrase opening on a preposition ("With Labour leaders") is no subject; a possessive's group
 *  ("Mr Marsh's lawyers", "Saturday's organisers") is left to the possessive rules. */
export const MODIFIED_GROUP_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "modified-plural-group",
  doc: '"Independent Calder bookshop owners have called it …": a bare plural noun after capitalised modifiers is an unnamed group',
  // (only a phrase tagging a quotation: reported speech keeps its own reading)
  try: ({ p, words, plural, definite, namedHead, quote }) =>
    quote !== null &&
    plural &&
    !definite &&
    !namedHead &&
    words.length >= 2 &&
    !/^(?:a|an|one|another|with|for|of|in|on|at|by|from|to|as|among|after|before)$/i.test(words[0]!) &&
    !words.some((w) => /^[\p{Lu}\p{N}]{2,}$/u.test(w) || /['’]s?$/.test(w))
      ? unnamed(p, "plural")
      : null,
};

/** A capitalised word of a name ("Langlands", "O'Hara"). */
const WORD = "\\p{Lu}[\\p{L}'’-]*";

/** "the artists said" after "artists Langlands & Bell": the pair joined by "&" the article gave
 *  right after the same plural noun (a duo or a firm), the latest before the phrase; else null. */
function pairAfterNoun(doc: QuoteDoc, p: Phrase): Speaker | null {
  const m = /^the\s+(\p{Ll}+s)$/iu.exec(p.text);
  if (!m || /ss$/.test(m[1]!)) return null;
  const re = new RegExp(`\\b${m[1]}\\s+(${WORD}(?:\\s+${WORD})?\\s+&\\s+${WORD}(?:\\s+${WORD})?)`, "gu");
  let pair: string | null = null;
  for (const hit of doc.text.slice(doc.article.bodyStart, p.start).matchAll(re)) pair = hit[1]!;
  return pair ? { ...p, id: null, name: pair, kind: "organization", gender: "plural" } : null;
}

/** "Bafta-winning artists Langlands & Bell … said the artists": the pair named after that plural. */
export const PLURAL_PAIR_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "plural-named-pair",
  doc: '"architects Hale & Dunn … the architects said": the pair joined by "&" the article gave after the same plural noun',
  try: ({ doc, p }) => pairAfterNoun(doc, p),
};
