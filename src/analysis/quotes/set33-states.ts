// A token class found on BBC study set 33 (issue #13): "member states" is a noun, not a verb of
// saying after the noun "member" (tokens.ts tokensOf joins the two words into one token).

import { isOn, type StepSwitches } from "../steps.ts";

/** `with member states and the office, the figures providing a "…"`: "states" after a word that
 *  makes it a polity is the plural noun; no one called "member" speaks. */
export const STATES_NOUN_SWITCH = {
  name: "polity-states-noun",
  doc: '"co-operation with member states", "the Gulf states": "states" after a polity modifier is a noun, not a verb of saying',
};

/** The token fields the join reads and writes (tokens.ts Tok; not imported, which would be a cycle). */
interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: string;
}

/** Words that make the next "states" a plural noun of polities (lower case). */
const POLITY_MODIFIERS = new Set(
  `member nation city island client buffer rogue sovereign neighbouring neighboring coastal border
  frontline candidate partner non-member eu gulf arab baltic balkan african european nordic`.split(/\s+/),
);

/** The tokens with each polity modifier and "states" joined into one noun token. */
export function joinPolityStates<T extends Word>(toks: T[], text: string, switches?: StepSwitches): T[] {
  if (switches === undefined || !isOn("quotes", STATES_NOUN_SWITCH.name, switches)) return toks;
  const out: T[] = [];
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j]!;
    const n = toks[j + 1];
    if (t.type === "w" && POLITY_MODIFIERS.has(t.lower) && n?.type === "w" && n.lower === "states") {
      const joined = text.slice(t.start, n.end);
      out.push({ ...t, text: joined, lower: joined.toLowerCase(), end: n.end });
      j++;
    } else out.push(t);
  }
  return out;
}
