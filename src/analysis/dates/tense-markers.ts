// Tense markers: the verbs, auxiliaries and hints that say whether a sentence (or the clause around
// a time expression) speaks of the past, the present or the future.

import type { Tense } from "./types.ts";

export interface Marker {
  start: number;
  tense: Tense;
  /** Weak markers (bare -ed words, "would", "next") only count when nothing stronger is around. */
  strong: boolean;
  /** Reporting verbs date the *statement*, not necessarily the event reported. */
  reporting: boolean;
  /** Counts only for time words after it: "planned a vigil on Saturday", not "On Friday, they planned". */
  aheadOnly: boolean;
}

export const REPORTING =
  "said|told|announced|wrote|added|confirmed|stated|declared|tweeted|posted|insisted|warned";
const IRREGULAR_PAST =
  "met|held|went|came|took|gave|made|saw|spoke|sent|left|won|lost|began|led|brought|fought|struck|ran|rose|fell|flew|found|got|heard|kept|knew|paid|sold|stood|thought|became|broke|chose|drove|grew|hid|meant|shot|sank|seized|stole|swore|threw|wore|died|killed|tore|bought|built|caught|drew|fled|sought|spent|taught|laid|sat|shook|woke|withdrew|overthrew|blew|froze|swept|dealt|dug|hung|rode|rang|sang|swam|wept|upheld|undertook|arose|forgave|slept|felt|lent|bore";
// Words ending in -ed that are nearly always adjectives in news copy.
const ED_ADJECTIVES = new Set([
  "suspected",
  "alleged",
  "armed",
  "united",
  "based",
  "detailed",
  "designated",
  "proposed",
  "so-called",
  "limited",
  "red",
  "bed",
  "need",
  "speed",
  "feed",
  "seed",
  "indeed",
  "hundred",
  "interested",
  "concerned",
  "related",
  "elected",
  "embattled",
  "sacred",
  "wicked",
  "naked",
  "beloved",
]);

const MARKER_PATTERNS: {
  re: RegExp;
  tense: Tense;
  strong: boolean;
  reporting?: boolean;
  aheadOnly?: boolean;
}[] = [
  {
    // British copy's "is to launch" is a future too, as is a bare "expected to"/"due to".
    re: /\b(?:will|shall|won['’]t)\b|['’]ll\b|\b(?:is|are|am)\s+to\b|\b(?:(?:is|are|am|was|were)\s+)?(?:scheduled|expected|due|set|slated|poised|going|planning|preparing)\s+to\b|\b(?:plans?|planning|intends?|intending)\s+to\b/gi,
    tense: "future",
    strong: true,
  },
  // A plan or a schedule looks ahead even in the past tense: "planned a rally on Saturday",
  // "has scheduled a news conference Thursday", "postponed until Tuesday", "gave them until Friday".
  {
    // The lookbehind sits after "until", so it is only tried where "until" is (before it, it was
    // tried at every position of every sentence: a tenth of ingestion).
    re: /\b(?:planned|scheduled|rescheduled|slated)\b|\buntil\b(?<=\b(?:postponed|delayed|adjourned|extended|recessed|put\s+off|pushed\s+back|gave|given|give|gives)\b[^,.;:]{0,60}?\buntil)/gi,
    tense: "future",
    strong: true,
    aheadOnly: true,
  },
  // "next to the embassy" is a place, not a time.
  { re: /\b(?:would|next(?!\s+(?:to|door)\b)|upcoming)\b/gi, tense: "future", strong: false },
  // Lowercase modals look ahead ("should make a statement on Thursday"); case-sensitive for May.
  { re: /\b(?:should|might|must|may)\s+(?!have\b)[a-z]+/g, tense: "future", strong: false },
  // "could" looks ahead only before an action ("could face relegation on Saturday"); "could not
  // stop", "could be located Wednesday" are the past of "can".
  { re: /\bcould\s+(?!have\b|not\b|never\b|be\s+[a-z]+ed\b)[a-z]+/g, tense: "future", strong: false },
  { re: new RegExp(`\\b(?:${REPORTING})\\b`, "gi"), tense: "past", strong: true, reporting: true },
  { re: /\b(?:says|tells)\b/gi, tense: "present", strong: true, reporting: true },
  // Present perfect ("has met", "have been") reports something that already happened.
  {
    re: new RegExp(
      `\\b(?:was|were|had|did|ago|yesterday|(?:has|have)\\s+(?:\\w+ly\\s+)?(?:been|\\w+ed|${IRREGULAR_PAST}))\\b`,
      "gi",
    ),
    tense: "past",
    strong: true,
  },
  // A participle after "be" ("will be held") takes its tense from the auxiliary, so skip it.
  {
    re: new RegExp(
      `(?<!\\b(?:be|been|being|to|is|are|am|was|were|already)\\s+)\\b(?:${IRREGULAR_PAST})\\b`,
      "gi",
    ),
    tense: "past",
    strong: true,
  },
  { re: /\b(?:is|are|am)\b/gi, tense: "present", strong: true },
  {
    re: /(?<!\b(?:be|been|being|to|get|got|already)\s+)\b[a-z][a-z-]{2,}ed\b/g,
    tense: "past",
    strong: false,
  },
];

/** The last sentence's markers: the tense of a sentence is asked for each time word and event in it. */
let last: { sentence: string; markers: readonly Marker[] } | null = null;

export function markersOf(sentence: string): readonly Marker[] {
  if (last?.sentence !== sentence) last = { sentence, markers: readMarkers(sentence) };
  return last.markers;
}

function readMarkers(sentence: string): Marker[] {
  const out: Marker[] = [];
  for (const p of MARKER_PATTERNS) {
    for (const m of sentence.matchAll(p.re)) {
      if (!p.strong && p.tense === "past" && ED_ADJECTIVES.has(m[0].toLowerCase())) continue;
      // "ago"/"yesterday"/"last" are time expressions themselves; they still tell the tense.
      out.push({
        start: m.index,
        tense: p.tense,
        strong: p.strong,
        reporting: p.reporting ?? false,
        aheadOnly: p.aheadOnly ?? false,
      });
    }
  }
  // One word can match twice (e.g. "killed" as irregular and as -ed); keep the strongest.
  out.sort((a, b) => a.start - b.start || Number(b.strong) - Number(a.strong));
  return out.filter((m, i) => i === 0 || out[i - 1]!.start !== m.start);
}

/**
 * The tense of a whole sentence: "future" when it speaks of anything ahead (future markers are
 * rare and explicit, so they win), "past" when it has any past verb, else "present".
 */
export function tenseOf(sentence: string): Tense {
  const ms = markersOf(sentence);
  if (ms.some((m) => m.tense === "future" && m.strong)) return "future";
  if (ms.some((m) => m.tense === "past")) return "past";
  if (ms.some((m) => m.tense === "future")) return "future";
  return "present";
}
