// "Eight years ago, he backed Tom Bell and said, …", "Minutes later, she sent an email saying, …":
// an opening time phrase that closes on "ago", "later" or "earlier" and a comma is no speaker;
// the clause's subject is the word after the comma, a name or a pronoun. PolNeAR train, session 20.

import { openerStep } from "./opener-step.ts";
import { isCap, type Tok } from "./tokens.ts";

const CLOSES_TIME = /^(?:ago|later|earlier)$/;
const PRONOUN = /^(?:he|she|they|it|we|i)$/;

/** The end (exclusive) of an opening "Eight years ago," / "Minutes later," phrase, else 0. */
function frontAgoEnd(toks: Tok[]): number {
  if (!toks[0] || !isCap(toks[0])) return 0;
  // (a few words only, none a quotation or punctuation: "Two long weeks later,")
  for (let k = 0; k < toks.length && k <= 4; k++) {
    const t = toks[k]!;
    if (t.type !== "w") return 0;
    if (k === 0 || !CLOSES_TIME.test(t.lower)) continue;
    const next = toks[k + 2];
    if (toks[k + 1]?.text !== "," || next?.type !== "w") return 0;
    return isCap(next) || PRONOUN.test(next.lower) ? k + 2 : 0;
  }
  return 0;
}

/** The step (in asides.ts's TOKEN_STEPS). */
export const FRONT_AGO_STEP = openerStep(
  "front-ago-later",
  '"Eight years ago, he backed …", "Minutes later, she sent …": an opening time phrase closing on "ago/later/earlier" is no speaker',
  frontAgoEnd,
);
