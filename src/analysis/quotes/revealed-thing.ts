// "The restoration of the old films revealed some odd items too.": a verb of revealing whose
// object is a plain noun phrase closing the sentence (no "that", no colon, no quotation) tells of
// a finding, not of speech, so its subject is no speaker for the history and no voice for a
// quotation standing after it.

import { isOn, type StepSwitches } from "../steps.ts";
import { REVEALED_THING_SWITCH } from "./set29-switches.ts";
import type { Tok } from "./tokens.ts";

const REVEAL = /^(?:reveal|reveals|revealed|uncovered|unearthed|exposed)$/;
/** Words that open a plain object: a determiner, a quantifier or a possessive. */
const OBJECT_START =
  /^(?:a|an|the|some|several|many|few|no|its|their|his|her|two|three|four|five|dozens|hundreds|thousands)$/;

/** toks[j] is a verb of revealing with a plain noun-phrase object to the sentence's end. */
export function revealedThing(toks: Tok[], j: number, switches: StepSwitches): boolean {
  if (!REVEAL.test(toks[j]!.lower) || !OBJECT_START.test(toks[j + 1]?.lower ?? "")) return false;
  const rest = toks.slice(j + 1);
  const speechAfter = rest.some((t) => t.type === "q" || t.lower === "that" || t.text === ":");
  return !speechAfter && isOn("quotes", REVEALED_THING_SWITCH.name, switches);
}
