// "Tom Marsh, spokesman for football's governing body the FA, which issued the fines, said:": a
// which-clause is about a thing, the body the apposition ends on; the speech verb's subject is
// the name the role apposition describes (session 24, issue #13).

import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseBefore } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

export const WHICH_PAST_ROLE_SWITCH = {
  name: "which-past-role-apposition",
  doc: '"Tom Marsh, spokesman for the sport\'s body the FA, which fined him, said": the name before the role apposition, not the body the which-clause is about',
};

/** Words a role apposition may open with before its head ("a senior spokesman", "chief executive"). */
const ROLE_LEAD = /^(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * The comma at toks[c] opens a which-clause after `subj`: when the words back to the comma before
 * open on a role ("spokesman for …", "a director of …") and a capitalised name stands before that
 * comma, the name; else null.
 */
export function nameBeforeRoleWhich(
  toks: Tok[],
  c: number,
  subj: Phrase | null,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (!subj || toks[c + 1]?.lower !== "which" || !isOn("quotes", WHICH_PAST_ROLE_SWITCH.name, switches))
    return null;
  for (let d = c - 1; d > 0 && c - d < 20; d--) {
    const u = toks[d]!;
    if (u.type === "q" || (u.type === "p" && u.text !== "," && u.text !== "'" && u.text !== "’")) return null;
    if (u.text !== ",") continue;
    const words = toks.slice(d + 1, c);
    const k = words.findIndex((w) => ROLE_HEADS.has(w.lower));
    // (", the FA," in apposition to the body: read on to the comma before it)
    if (k < 0 && /^(?:the|a|an)$/.test(words[0]?.lower ?? "")) continue;
    if (k < 0 || !/^(?:for|of|at|to|with)$/.test(words[k + 1]?.lower ?? "")) return null;
    if (
      !ROLE_LEAD.test(
        words
          .slice(0, k)
          .map((w) => `${w.lower} `)
          .join(""),
      )
    )
      return null;
    const named = phraseBefore(toks, d, text);
    return named && /^\p{Lu}/u.test(named.text) && named.start < subj.start ? named : null;
  }
  return null;
}
