// "But IPTV could be used for home-monitoring, "pet cams" and local TV, too says BT.": an adverb
// between the comma and an inverted tag's verb leaves the tag inverted; the speaker follows the
// verb (session 36). The inverted-verb rule read only a verb right after the comma.

import { isOn, type StepSwitches } from "../steps.ts";
import { type Cue, phraseAfter } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

export const INVERTED_AFTER_TOO_SWITCH = {
  name: "inverted-tag-after-too",
  doc: '"…, and local TV, too says BT": "too" or "also" between the comma and the verb keeps the tag inverted',
};

/** Is toks[j] a verb after ", too" / ", also" (the inverted tag's speaker follows it)? */
export const afterCommaToo = (toks: Tok[], j: number, switches: StepSwitches): boolean =>
  /^(?:too|also)$/.test(toks[j - 1]?.lower ?? "") &&
  toks[j - 2]?.text === "," &&
  isOn("quotes", INVERTED_AFTER_TOO_SWITCH.name, switches);

/** The named speaker after the verb toks[j] of an inverted tag, as its cue. */
export function namedAfter(toks: Tok[], j: number, text: string): Cue | null {
  const p = phraseAfter(toks, j + 1, text);
  return p && /\p{Lu}/u.test(p.text) ? { speaker: p, cue: toks[j]!.lower, label: false } : null;
}
