// Session 27 (issue #13): `His message to the chancellor was: "…"`, `Her answer to the critics was
// blunt: "…"`: the possessive-view rule read "his/her/their view-noun is" right before the
// quotation only; a view noun may carry a short phrase of whom it is for ("to the chancellor",
// "for ministers"), and the copula a colon, one adjective of manner before it. The quotation is
// the view of the one the possessive stands for, read as the subject pronoun.

import type { Alternative } from "../steps.ts";
import type { Cue } from "./phrases.ts";
import { possessorCue, possessorOf } from "./possessive-stance.ts";
import type { Tok } from "./tokens.ts";

/** Nouns of a message or a reply (singular), as the possessive-view rule's. */
const MESSAGE_NOUN =
  /^(?:message|advice|verdict|answer|reply|response|warning|plea|view|reaction|retort|demand|appeal)$/;
const COPULA = /^(?:is|was)$/;
const PREPOSITION = /^(?:to|for|on|about)$/;

/** The copula's index before toks[j] (past a colon and one adjective before it), else -1. */
function copulaAt(toks: Tok[], j: number): number {
  if (toks[j - 1]?.text !== ":") return -1;
  if (COPULA.test(toks[j - 2]?.lower ?? "")) return j - 2;
  const adj = toks[j - 2];
  return adj?.type === "w" && /^\p{Ll}+$/u.test(adj.text) && COPULA.test(toks[j - 3]?.lower ?? "")
    ? j - 3
    : -1;
}

/** The possessive before "<noun> <to …> was:" ending at toks[j], else -1. */
function possessiveAt(toks: Tok[], j: number): number {
  const k = copulaAt(toks, j);
  if (k < 0) return -1;
  // the noun right before the copula, or before its phrase "to the chancellor" (up to four words)
  let n = k - 1;
  for (let p = k - 2; p >= k - 5 && p > 0 && !MESSAGE_NOUN.test(toks[n]!.lower); p--) {
    if (toks[p]!.type !== "w") return -1;
    if (PREPOSITION.test(toks[p]!.lower)) n = p - 1;
  }
  if (!MESSAGE_NOUN.test(toks[n]?.lower ?? "")) return -1;
  return possessorOf(toks, n);
}

export const POSSESSIVE_MESSAGE_COLON_RULE: Alternative<{ ctx: { toks: Tok[] }; j: number }, Cue> = {
  name: "possessive-message-colon",
  doc: '`His message to the chancellor was: "…"`: a his/her/their message or reply for someone, then a copula and a colon, is the possessor\'s',
  try: ({ ctx, j }) => {
    const p = possessiveAt(ctx.toks, j);
    return p < 0 ? null : possessorCue(ctx.toks, p, "was");
  },
};
