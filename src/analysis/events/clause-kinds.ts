// Kinds read from a clause's own words when no trigger word spoke for its sentence (clause-events):
// a label, never a gate — a clause with none of these cues is still an event, of kind "other".

/** The kinds only clauses give, with what people see of them. */
export const CLAUSE_KIND_INFO = {
  vote: { title: "Vote", color: "#2c5282", synonyms: ["vote", "voted", "ballot", "referendum"] },
  election: { title: "Election", color: "#553c9a", synonyms: ["election", "elected", "polls"] },
  debate: { title: "Debate", color: "#b7791f", synonyms: ["debate", "debated"] },
  closure: { title: "Closure", color: "#718096", synonyms: ["closure", "closed", "shut", "cancelled"] },
  storm: { title: "Storm / weather", color: "#3182ce", synonyms: ["storm", "snow", "flood", "hurricane"] },
  arrest: { title: "Arrest / charge", color: "#9b2c2c", synonyms: ["arrest", "arrested", "charged"] },
  release: { title: "Release / launch", color: "#38a169", synonyms: ["release", "released", "launch"] },
  other: { title: "Event", color: "#4a5568", synonyms: [] as string[] },
} as const;

export type ClauseKind = keyof typeof CLAUSE_KIND_INFO;

/** Cues per kind, first match wins (weather before closure: "the storm closed schools" is a storm). */
const CUES: ReadonlyArray<[Exclude<ClauseKind, "other">, RegExp]> = [
  ["vote", /\b(?:vot(?:e|es|ed|ing)|ballots?|referendum)\b/i],
  ["election", /\b(?:elections?|elected|re-elected|polls)\b/i],
  ["debate", /\bdebat(?:e|es|ed|ing)\b/i],
  [
    "storm",
    /\b(?:storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|blizzards?|snow\w*|flood\w*|heavy rain|gales?|heatwave|burst (?:its|their) banks)\b/i,
  ],
  ["closure", /\b(?:clos(?:e|ed|es|ing|ure|ures)|shut(?:s|ting)?(?:\s+down)?|cancel(?:l?ed|s)?)\b/i],
  ["arrest", /\b(?:arrest(?:ed|s)?|detained|charged with|taken into custody)\b/i],
  ["release", /\b(?:releas(?:e|ed|es|ing)|launch(?:ed|es|ing)?|freed|unveiled)\b/i],
];

/** The kind a clause's words name, or "other". */
export function clauseKind(clause: string): ClauseKind {
  for (const [kind, re] of CUES) if (re.test(clause)) return kind;
  return "other";
}
