// `," said BAFS founder and director Elon Trask`: a body's name, a role, "and" and a second
// lowercase role before a name are one person's roles; the name after them speaks, not "BAFS
// founder" (the phrase reader stops at the "and" when a capital opens the roles).

import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { ROLE_LIKE } from "./tokens.ts";

/** "Body role and role Name": its switch (set21-switches.ts). */
export const CAPITAL_ROLE_AND_SWITCH = {
  name: "tag-capital-role-and-name",
  doc: '`," said BAFS founder and director Elon Trask`: the name after a body\'s role "and" another role, not "BAFS founder"',
};

const isRole = (w: string) => ROLE_HEADS.has(w) || ROLE_LIKE.test(w);
/** " and", up to three lowercase words closing on a role, then a name of two or more capitalised words. */
const AND_ROLE_NAME =
  /^\s+and\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)/u;

/** The name after `role` (a phrase opening on a capital and closing on a role word) joined by
 *  "and" to a second role, else null. */
export function nameAfterRoleAnd(role: Phrase, text: string, switches: StepSwitches): Phrase | null {
  if (!isOn("quotes", CAPITAL_ROLE_AND_SWITCH.name, switches)) return null;
  const words = role.text.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!) || !isRole(words[words.length - 1]!)) return null;
  const m = AND_ROLE_NAME.exec(text.slice(role.end, role.end + 120));
  if (!m || !isRole(m[2]!)) return null;
  const start = role.end + m[0].length - m[3]!.length;
  return { start, end: start + m[3]!.length, text: m[3]! };
}
