// Reported speech: an inverted tag whose verb is followed by a role in lower case and then the
// name ("…, said former harbour master Tom Reed.", "…, says economist Ann Roe in Alder."): the
// name closing the phrase is the speaker, not the role before it (which names no one).

import { isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

export const TAG_ROLE_BEFORE_NAME_SWITCH = {
  name: "reported-tag-role-before-name",
  doc: '"…, said former harbour master Tom Reed": after an inverted tag\'s verb, a lower-case role and then the name; the name speaks',
};

/** Words before a name that make it no role's name ("a spokesman for Alder Council"). */
const LINKS = /^(?:of|for|at|from|with|to|in|on|by|and|or|the|a|an|'s|’s)$/;

/**
 * The run of capitalised words closing a lower-case phrase after a tag's verb, when a lower-case
 * word that is no preposition or determiner stands right before it (the role's head noun).
 */
export function nameAfterLowerRole(
  toks: Tok[],
  sp: Phrase,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (/^\p{Lu}/u.test(sp.text) || !isOn("quotes", TAG_ROLE_BEFORE_NAME_SWITCH.name, switches)) return null;
  const s = toks.findIndex((t) => t.start >= sp.start);
  let e = toks.findIndex((t) => t.start >= sp.end);
  if (e < 0) e = toks.length;
  let b = e;
  while (b > s && toks[b - 1]!.type === "w" && isCap(toks[b - 1]!)) b--;
  const role = toks[b - 1];
  if (b === e || b <= s || role?.type !== "w" || isCap(role) || LINKS.test(role.lower)) return null;
  return phraseOf(toks, b, e - 1, text);
}
