// `It was "fully committed" to the plan, she told a conference on housing.`, `…, Mr Hale told a
// meeting of staff.`: the one told is often a gathering or a group named by a common noun, not
// only a medium's name or a plural ("told reporters"). It is no adverbial that keeps the tag from
// closing the sentence; the reported-tag-after rule reads past it (reported-clause.ts pastHearer,
// switch "told-hearer-noun").

import type { Tok } from "./tokens.ts";

/** Nouns of a gathering, or of a group one tells, that head the hearer after "told". */
const HEARER_NOUNS = new Set(
  `conference conferences meeting meetings audience audiences committee hearing gathering rally summit
  forum seminar convention congress dinner lunch luncheon breakfast briefing reporters journalists
  delegates students members supporters mps peers crowd crowds staff workers employees listeners
  viewers readers voters activists colleagues investors shareholders analysts parliament assembly
  inquiry session`.split(/\s+/),
);

/** Determiners opening the hearer's phrase. */
const OPENER = /^(?:a|an|the|his|her|its|their|our)$/;

/** The index past a hearer starting at toks[k] that a gathering or group noun heads (an optional
 *  determiner, up to two modifiers, the noun, and an "of" phrase of up to three words), else k. */
export function pastGathering(toks: readonly Tok[], k: number, last: number): number {
  const from = k;
  if (OPENER.test(toks[k]?.lower ?? "")) k++;
  let head = -1;
  for (let e = k; e <= Math.min(last, k + 2); e++) {
    if (toks[e]!.type !== "w") break;
    if (HEARER_NOUNS.has(toks[e]!.lower)) head = e;
  }
  if (head < 0) return from;
  k = head + 1;
  // "a meeting of staff", "a conference of the party's members"
  if (toks[k]?.lower === "of") {
    let e = k + 1;
    while (e <= last && e - k <= 3 && toks[e]!.type === "w") e++;
    if (e > k + 1) k = e;
  }
  return k;
}
