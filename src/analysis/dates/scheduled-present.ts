// The scheduled present: "the two sides meet separately Monday", "the trial opens Tuesday". A
// present-tense verb of a fixture or a journey before a day name speaks of a coming day; read as no
// tense at all it fell back to the past week.

import type { Marker } from "./tense-markers.ts";

// Verbs of fixtures and journeys, in the present; the bare (plural) forms only where they are
// rarely nouns ("the vote Monday", "the start" stay out).
const SCHEDULED =
  "meets|meet|opens|begins|begin|starts|resumes|resume|reconvenes|reconvene|convenes|convene|closes|leaves|leave|arrives|arrive|departs|depart|travels|travel|flies|fly|hosts|faces|testifies|testify|appears|launches|kicks\\s+off|goes|takes\\s+office|rules|decides|decide|hears|holds|plays|votes|visits|returns";
// Not a present verb after a determiner, a possessive, "to", an auxiliary or a negation.
const NOT_AFTER =
  "the|a|an|this|that|these|those|its|his|her|their|our|my|your|whose|of|to|for|in|on|at|by|with|did|do|does|will|would|can|could|may|might|should|must|shall|not|never|n['’]t|['’]s";
const SCHEDULED_RE = new RegExp(
  `(?<!\\b(?:${NOT_AFTER})\\s+(?:\\w+ly\\s+)?)\\b(?:${SCHEDULED})\\b(?=[^,;:.!?]*$)`,
  "gi",
);

/**
 * Where a scheduled present verb stands in `text` (the clause before the time words), when no
 * other tense marker comes between it and the time words; else null.
 */
export function scheduledPresentAt(
  text: string,
  offset: number,
  markers: readonly Marker[],
  end: number,
): number | null {
  let at: number | null = null;
  for (const m of text.matchAll(SCHEDULED_RE)) at = offset + m.index;
  if (at === null) return null;
  const from = at;
  return markers.some((m) => m.start > from && m.start < end) ? null : at;
}
