// A speaker rule of a class found on BBC study set 30 (an ORG_DESCRIPTION_RULES entry, listed by
// its table for the ablation).

import type { Alternative } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { unnamed } from "./state.ts";
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
