// Reported speech: the clause-as-subject check drops a speaker phrase holding a clause word
// ("Clinton would", "Do you"). A capitalised "Will" or "May" among capitalised words is a name's
// ("Will Rogers", "Yin Myint May"), not a modal.

import { isOn, type StepSwitches } from "../steps.ts";

export const NAME_WORD_SWITCH = {
  name: "reported-capitalised-clause-word",
  doc: '"Will Rogers", "Yin Myint May": a capitalised "Will"/"May" inside a name is no clause word',
};

/**
 * A clause word of the speaker's words ("would", "has") that makes them a clause: written in lower
 * case, "I", or opening the phrase before a lowercase word ("Do you"); "Will" and "May" among
 * capitalised words are part of a name.
 */
export function clauseWordAt(ws: readonly string[], i: number, switches: StepSwitches): boolean {
  const w = ws[i]!;
  if (!isOn("quotes", NAME_WORD_SWITCH.name, switches) || w === w.toLowerCase() || w === "I") return true;
  return i === 0 && !/^\p{Lu}/u.test(ws[1] ?? "");
}
