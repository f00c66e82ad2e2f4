// `Mr Hale turns to cost. His main worry is "waste".`, `Her answer was "never".`: a quotation that
// is the complement of "his/her/their (adjective) view-noun is/was" gives the view of the one the
// possessive stands for, as "he said" would. The cue's speaker is that possessive read as its
// subject pronoun, so the pronoun rules resolve it.

import type { Alternative } from "../steps.ts";
import type { Cue } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** Nouns of a view, a message or a reply (singular and plural). */
const VIEW_NOUN =
  /^(?:concern|worry|fear|view|message|advice|verdict|answer|reply|response|complaint|argument|point|hope|plea|warning|belief|conclusion|criticism|objection)s?$/;
const COPULA = /^(?:is|was|are|were|remains|remained)$/;
const SUBJECT_OF: Readonly<Record<string, string>> = { his: "he", her: "she", their: "they" };

/** The possessive's token before "view-noun is" that ends right before toks[j], else -1; also
 *  "His advice for one contestant was to “…”": a short phrase after the noun, "to" after the verb. */
function possessiveAt(toks: Tok[], j: number): number {
  let k = j - 1;
  if (toks[k]?.lower === "that" || toks[k]?.lower === "to") k--;
  if (!COPULA.test(toks[k]?.lower ?? "")) return -1;
  if (VIEW_NOUN.test(toks[k - 1]?.lower ?? "")) return possessorOf(toks, k - 1);
  // the noun, a preposition and up to four words of its object
  for (let n = k - 3; n >= k - 6 && n >= 0; n--) {
    if (!toks.slice(n + 1, k).every((t) => t.type === "w")) return -1;
    if (VIEW_NOUN.test(toks[n]!.lower) && /^(?:for|to|on)$/.test(toks[n + 1]!.lower))
      return possessorOf(toks, n);
  }
  return -1;
}

/** The his/her/their opening its clause before the noun toks[noun], past one adjective at most
 *  ("His main concern", "Her blunt answer"), else -1. */
export function possessorOf(toks: Tok[], noun: number): number {
  for (let p = noun - 1; p >= noun - 2 && p >= 0; p--) {
    const t = toks[p]!;
    if (t.type !== "w") return -1;
    if (t.lower in SUBJECT_OF) return p === 0 || toks[p - 1]!.type !== "w" ? p : -1;
  }
  return -1;
}

/** The cue of the possessive toks[p], read as its subject pronoun so the pronoun rules resolve it. */
export function possessorCue(toks: Tok[], p: number, cue: string): Cue {
  const t = toks[p]!;
  return { speaker: { start: t.start, end: t.end, text: SUBJECT_OF[t.lower]! }, cue, label: false };
}

export const POSSESSIVE_STANCE_RULE: Alternative<{ ctx: { toks: Tok[] }; j: number }, Cue> = {
  name: "possessive-view-complement",
  doc: '`His main worry is "waste".`: the quoted complement of "his/her/their view-noun is" is the view of the one the possessive stands for',
  try: ({ ctx, j }) => {
    const p = possessiveAt(ctx.toks, j);
    return p < 0 ? null : possessorCue(ctx.toks, p, "is");
  },
};
