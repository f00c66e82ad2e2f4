// Session 27 (issue #13): "Home Secretary Ann Roe said …. The prime minister said": "Secretary"
// before a name is the same office as "the minister" only when that office is bare. A modified
// minister ("the prime minister", "the first minister", "the Europe minister") is another office
// than the secretary the article gave that person, so office-subject.ts does not hand it to them.

import { isOn, type StepSwitches } from "../steps.ts";
import { sameMinistry } from "./set32-switches.ts";

export const MINISTER_BARE_SWITCH = {
  name: "minister-secretary-bare",
  doc: '"Home Secretary Ann Roe said …. The prime minister said": a secretary holds "the minister" only when bare, not "the prime minister"',
} as const;

/**
 * Is the title word `w` before a name the office `words` ("the minister", split in lowercase
 * words) too? As sameMinistry, but with the switch on only for a bare "the minister".
 */
export function sameBareMinistry(words: readonly string[], w: string, switches: StepSwitches): boolean {
  const head = words[words.length - 1]!.replace(/^co-/, "");
  if (!sameMinistry(head, w, switches)) return false;
  return !isOn("quotes", MINISTER_BARE_SWITCH.name, switches) || words.length === 2;
}
