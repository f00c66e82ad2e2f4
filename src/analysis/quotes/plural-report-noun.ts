// "the media reports were not “well informed”", "Press claims have been denied": a reporting
// verb's -s form with a plural verb right after it is a plural noun (the reports, the claims),
// not a verb whose subject is the words before it ("the media" as a speaker). The same form right
// after a past-tense verb, or its particle, is that verb's object: "shrugged off claims from X",
// "dismissed reports that" (objectReportNoun).

/** The token fields read here (tokens.ts imports this module, so its Tok type is not imported). */
interface WordTok {
  readonly type: string;
  readonly lower: string;
}

/** Verbs that take a plural subject and cannot follow a verb of saying. */
const PLURAL_VERBS = new Set(["were", "are", "have", "had", "suggest", "suggested", "show", "showed"]);

/** Is toks[j] ("reports") a plural noun because a plural verb ("were") follows it? */
export function pluralReportNoun(toks: readonly WordTok[], j: number): boolean {
  const t = toks[j]!;
  const n = toks[j + 1];
  return /[^s]s$/.test(t.lower) && n?.type === "w" && PLURAL_VERBS.has(n.lower);
}

/** Particles of phrasal verbs that take a report as object ("shrugged off claims", "brushed aside reports"). */
const PARTICLES = new Set(["off", "aside", "away", "down", "up"]);

/** Is toks[j] ("claims") the object of a past-tense verb before it ("denied", "shrugged off")? */
export function objectReportNoun(toks: readonly WordTok[], j: number): boolean {
  if (!/[^s]s$/.test(toks[j]!.lower)) return false;
  let k = j - 1;
  if (toks[k]?.type === "w" && PARTICLES.has(toks[k]!.lower)) k--;
  const v = toks[k];
  return v?.type === "w" && /\p{L}{2,}ed$/u.test(v.lower);
}
