// "Shortly after collecting the trophy, a car and a cheque, Cole addressed the crowd, saying":
// an opening time phrase led by a degree adverb ("Shortly after", "Soon before", "Moments
// after") is no speaker; the clause's subject is the name after the phrase's comma (a list the
// phrase runs on through, "…, a car and a cheque,", goes too). Study set 19.

import { openerStep } from "./opener-step.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

/** Degree or measure words that open a time phrase before "after"/"before". */
const DEGREE =
  /^(?:shortly|soon|just|long|immediately|moments|minutes|hours|days|weeks|months|straight|right)$/;
const TIME_PREPOSITION = /^(?:after|before)$/;

/** toks[k] is a clause comma, not one inside a number ("$9,000"). */
const isComma = (toks: Tok[], k: number) =>
  toks[k]!.text === "," && !(toks[k - 1]?.end === toks[k]!.start && toks[k + 1]?.start === toks[k]!.end);

/** toks[from, to) is a list's last part: it opens on a lower-case word and holds an "and", no
 *  quotation and no verb of saying ("a Mercedes convertible and a tasty cheque for $1.5m"). */
function listTail(toks: Tok[], from: number, to: number): boolean {
  const part = toks.slice(from, to);
  return (
    part[0]?.type === "w" &&
    !isCap(part[0]) &&
    part.some((t) => t.lower === "and") &&
    part.every((t) => t.type !== "q" && !isVerbish(t))
  );
}

/** The end (exclusive) of an opening "Shortly after …," phrase and any list it runs on with, else 0. */
function frontTimeEnd(toks: Tok[]): number {
  const first = toks[0];
  if (!first || !isCap(first) || !DEGREE.test(first.lower) || !TIME_PREPOSITION.test(toks[1]?.lower ?? ""))
    return 0;
  const comma = toks.findIndex((_, k) => k > 1 && isComma(toks, k));
  if (comma < 0 || comma > 14) return 0;
  let end = comma + 1;
  // "…, a Mercedes convertible and a tasty cheque for $1.5m, Federer addressed": the list goes too
  const next = toks.findIndex((_, k) => k > end && isComma(toks, k));
  if (next > 0 && next - end <= 14 && isCap(toks[next + 1] ?? first) && listTail(toks, end, next))
    end = next + 1;
  return toks[end]?.type === "w" && isCap(toks[end]!) ? end : 0;
}

/** The step (in asides.ts's TOKEN_STEPS). */
export const FRONT_TIME_STEP = openerStep(
  "front-time-phrase",
  '"Shortly after collecting the trophy, …, Cole addressed the crowd, saying": an opening "Shortly/Soon/Moments after …" phrase is no speaker',
  frontTimeEnd,
);
