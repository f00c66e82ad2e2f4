// Session 27 (issue #13), wire copy: `NYMEX-style President Ann Roe, said, "…"`, `When the board
// met in May, Chairman Ann Roe, said, "…"`. A stray comma between a name and its speech verb made
// the name look like an apposition, so the phrase before it (a month, a clause's tail) or nothing
// was taken as the subject. A name run that opens the sentence, or follows the comma closing a
// fronted clause or phrase ("When …,", "In …,"), with that stray comma before the verb, speaks.

import { type Alternative, isOn } from "../steps.ts";
import { nameRun, type Phrase, phraseOf } from "./phrases.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import { isCap, type Tok } from "./tokens.ts";

export const STRAY_COMMA_NAME_SWITCH = {
  name: "stray-comma-name-subject",
  doc: '`When the board met in May, Chairman Ann Roe, said, "…"`: a name run opening its sentence or its main clause, then a stray comma before the verb, is the subject',
};

/** Capitalised words that open a fronted clause or phrase ending at its first comma. */
const FRONT_OPENERS =
  /^(?:when|after|before|as|if|once|since|until|because|while|although|though|in|on|at|during|following|earlier|later|last)$/;

/** Where the main clause begins: 0, or past the first comma of a fronted clause; -1 if neither. */
function mainClauseStart(toks: Tok[], b: number): number {
  const first = toks[0];
  if (first?.type !== "w" || !isCap(first)) return -1;
  if (!FRONT_OPENERS.test(first.lower)) return 0;
  for (let c = 1; c < b && c < 40; c++) {
    const u = toks[c]!;
    if (u.type === "q" || (u.type === "p" && u.text !== ",")) return -1;
    if (u.text === ",") return c + 1;
  }
  return -1;
}

/** The name run before the stray comma toks[b], when it opens the sentence's main clause. */
export function strayCommaName(toks: Tok[], b: number, text: string): Phrase | null {
  if (toks[b]?.text !== "," || b < 1) return null;
  const a = mainClauseStart(toks, b);
  if (a < 0 || a >= b) return null;
  // (two capitalised words at least, a person's name after any role words: "Chairman Ann Roe")
  if (b - a < 2 || !nameRun(toks, a, b) || !isCap(toks[b - 2]!)) return null;
  return phraseOf(toks, a, b - 1, text);
}

export const STRAY_COMMA_NAME_RULE: Alternative<VerbAt, Phrase> = {
  ...STRAY_COMMA_NAME_SWITCH,
  try: ({ toks, b, text, switches }) =>
    isOn("quotes", STRAY_COMMA_NAME_SWITCH.name, switches) ? strayCommaName(toks, b, text) : null,
};
