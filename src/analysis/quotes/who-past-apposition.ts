// "… Princess Marguerite of Romania, the eldest daughter of ex-King Michael of Romania, who said a
// relationship with him was "politics, politics, politics"": a who-clause after an apposition of
// the form "the <role> of <name>" describes the person the apposition describes, not the name
// inside its "of" phrase (session 36).

import { isOn, type StepSwitches } from "../steps.ts";
import { nameRun, type Phrase, phraseBefore } from "./phrases.ts";
import { WHO_PAST_DESCRIPTION_SWITCH } from "./s46-switches.ts";
import { isCap, type Tok } from "./tokens.ts";

export const WHO_PAST_APPOSITION_SWITCH = {
  name: "who-past-of-apposition",
  doc: '"Princess Ann, the daughter of King Oskar, who said …": the who-clause\'s antecedent is the name the "the <role> of" apposition describes',
};

/** With `p` the phrase before ", who" (from toks[c]): the name before ", the <role> of", when `p`
 *  is that apposition's "of" object; else null. */
function pastOfApposition(toks: Tok[], p: Phrase, text: string, switches: StepSwitches): Phrase | null {
  if (!isOn("quotes", WHO_PAST_APPOSITION_SWITCH.name, switches)) return null;
  // the apposition's "of" after a lower-case role word, inside the phrase ("the daughter of Tom
  // Lee") or before it, past the capitalised words of the name ("of ex-King Michael of Romania")
  const e = toks.findIndex((t) => t.start >= p.end);
  let k = (e < 0 ? toks.length : e) - 1;
  while (k > 1 && toks[k]!.type === "w" && !(toks[k]!.lower === "of" && !isCap(toks[k - 1]!))) k--;
  if (toks[k]?.lower !== "of") return null;
  // the role's words before "of": lower case, after "the" or "a", after a comma
  k--;
  let words = 0;
  const role = (t: Tok) => t.type === "w" && !isCap(t) && !/^(?:the|a|an)$/.test(t.lower);
  while (k > 0 && role(toks[k]!) && words < 4) {
    k--;
    words++;
  }
  if (words === 0 || !/^(?:the|a|an)$/.test(toks[k]?.lower ?? "") || toks[k - 1]?.text !== ",") return null;
  const name = phraseBefore(toks, k - 1, text);
  return name && /^\p{Lu}/u.test(name.text) ? name : null;
}

/** The antecedent of the "who" at toks[b]: the phrase before it, past commas and an age ("King,
 *  30, who"), or (switch) the name a "the <role> of" apposition describes. */
export function antecedentOfWho(toks: Tok[], b: number, text: string, switches: StepSwitches): Phrase | null {
  let c = b - 1;
  while (c >= 0 && (toks[c]!.text === "," || /^\d+$/.test(toks[c]!.text))) c--;
  const p = c >= 0 ? phraseBefore(toks, c + 1, text) : null;
  return (p && (pastOfApposition(toks, p, text, switches) ?? pastDescription(toks, p, text, switches))) ?? p;
}

/** "Dr Vikram Sethi, a consultant biochemist, who said": with `p` a description after a comma, the
 *  name it is apposed to (switch who-past-description), else null. */
function pastDescription(toks: Tok[], p: Phrase, text: string, switches: StepSwitches): Phrase | null {
  if (!/^(?:a|an|the)\s/i.test(p.text) || !isOn("quotes", WHO_PAST_DESCRIPTION_SWITCH.name, switches))
    return null;
  const k = toks.findIndex((t) => t.start === p.start);
  if (k < 2 || toks[k - 1]!.text !== ",") return null;
  const name = phraseBefore(toks, k - 1, text);
  const n = name ? toks.findIndex((t) => t.start === name.start) : -1;
  return name && n >= 0 && nameRun(toks, n, k - 1) ? name : null;
}
