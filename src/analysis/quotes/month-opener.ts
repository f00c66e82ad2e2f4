// "In September Symantec released statistics which showed …": a sentence opening on a month or a
// day after a time preposition, with no comma, runs straight into the name after it, and the
// phrase reader took "September Symantec" for the subject. A month or day name is never part of
// an actor's name (not-names.ts), so the opening time phrase goes, as "On Monday," would.

import { NEVER } from "../lexicons/not-names.ts";
import { openerStep } from "./opener-step.ts";
import { isCap, type Tok } from "./tokens.ts";

const TIME_PREPOSITION = /^(?:in|on|by|since|until|last|early|late|next|this|from|during)$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** toks[k] is a month or day name right after a time preposition ("In September", "on Monday"). */
export function timeAfterPreposition(toks: Tok[], k: number): boolean {
  return k > 0 && NEVER.has(toks[k]!.text) && TIME_PREPOSITION.test(toks[k - 1]!.lower);
}

/** The end (exclusive) of an opening "In September (2004)" with a capitalised word after it, else 0. */
function monthOpenerEnd(toks: Tok[]): number {
  const [first, month] = toks;
  if (!first || !month || !TIME_PREPOSITION.test(first.lower) || !NEVER.has(month.text)) return 0;
  let e = 2;
  if (YEAR.test(toks[e]?.text ?? "")) e++;
  const next = toks[e];
  return next?.type === "w" && isCap(next) && !NEVER.has(next.text) ? e : 0;
}

/** The step (in asides.ts's TOKEN_STEPS, after the front time phrase). */
export const MONTH_OPENER_STEP = openerStep(
  "month-opener",
  '"In September Norland released figures …": an opening time phrase with a month or day and no comma is no part of the subject',
  monthOpenerEnd,
);
