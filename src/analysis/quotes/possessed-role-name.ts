// "ITV's head of factual entertainment, Simon Kerridge, defended the programme, saying …": the
// sentence's subject reading stops at the possessor, a verb-like "head" after it; the person is
// the name in apposition to the possessed role (switch "possessed-role-name").

import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";

export const POSSESSED_ROLE_NAME_SWITCH = {
  name: "possessed-role-name",
  doc: '"ITV\'s head of factual entertainment, Simon Kerridge, defended it, saying": the name in apposition to a possessed role, not the possessor',
} as const;

/** After the possessor: "'s" (or the subject read it), lower-case role words, a comma, a name, a comma. */
const POSSESSED_ROLE =
  /^(['’]s?)?\s+((?:[\p{Ll}-]+\s+){0,6}[\p{Ll}-]+),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*),/u;

/** The name in apposition to the role the subject `s` possesses, or null. */
export function possessedRoleName(s: Phrase, text: string, switches: StepSwitches): Phrase | null {
  if (!isOn("quotes", POSSESSED_ROLE_NAME_SWITCH.name, switches)) return null;
  // (the subject may have read the role's head already: "Channel 4's head" + "of factual …")
  const m = POSSESSED_ROLE.exec(text.slice(s.end, s.end + 120));
  const possessed = !!m?.[1] || /['’]s?\s/.test(s.text);
  const words = `${s.text} ${m?.[2] ?? ""}`.split(/\s+/);
  if (!m || !possessed || !words.some((w) => ROLE_HEADS.has(w))) return null;
  const start = s.end + m[0].length - 1 - m[3]!.length;
  return { start, end: start + m[3]!.length, text: m[3]! };
}
