// A quotation inside the clause of a speech noun names that noun's speaker, not the sentence's:
//   `Mayor Hale said a claim by Joe Price that the council is a "cash machine" …` → Joe Price;
//   `a call by Joe Price to publish the "full text"`, `shrugged off claims from Joe Price that …`,
//   `Joe Price's claim that the council was "broke"`.
// Only a capitalised name: "the mayor's claim" is left to the other cues.

import { agentAfter, type Cue } from "./phrases.ts";
import { isAdverb, isCap, isVerbish, nounUse, type Tok } from "./tokens.ts";

const SPEECH_NOUNS = new Set(
  `claim claims call calls statement comment comments remark remarks warning suggestion demand demands
  plea promise pledge accusation allegation allegations appeal assertion insistence boast`.split(/\s+/),
);

/** "a claim by Joe Price", and "claims from Joe Price that …" (set 14): the prepositions of the agent. */
const AGENT_PREPS = new Set(["by", "from"]);

/** Cues of a speech noun's speaker inside another clause ("rejected claims from X that …"). */
export const NESTED_CUES = new WeakSet<Cue>();
const nested = (c: Cue): Cue => {
  NESTED_CUES.add(c);
  return c;
};

/** The speaker of the nearest speech noun before quotation toks[qi] whose clause holds it. */
export function speechNounCue(toks: Tok[], qi: number, text: string): Cue | null {
  for (let j = qi - 1; j > 0 && qi - j < 30; j--) {
    const t = toks[j]!;
    if (t.type === "q" || (t.type === "p" && t.text !== "," && t.text !== "'")) return null;
    // A speech verb or a relative clause nearer the quotation owns it ("…, who accused him of “…”").
    if (/^(?:who|which|whom)$/.test(t.lower) || (isVerbish(t) && !nounUse(toks, j) && !infinitive(toks, j)))
      return null;
    if (!SPEECH_NOUNS.has(t.lower) || isCap(t)) continue;
    const agent = AGENT_PREPS.has(toks[j + 1]?.lower ?? "") ? agentAfter(toks, j + 2, text) : null;
    if (agent) {
      // "a claim by Joe Price that …", "a call by Joe Price to …": the clause follows the name.
      const after = toks.findIndex((x) => x.start >= agent.end);
      const link = toks[after]?.lower;
      return /\p{Lu}/u.test(agent.text) && after < qi && (link === "that" || link === "to")
        ? nested({ speaker: agent, cue: t.lower, label: false })
        : null;
    }
    const owner = possessiveName(toks, j, text);
    return owner && toks[j + 1]?.lower === "that"
      ? nested({ speaker: owner, cue: t.lower, label: false })
      : null;
  }
  return null;
}

/** "Joe Price's claim": the capitalised name whose possessive stands right before toks[j]. */
function possessiveName(toks: Tok[], j: number, text: string): Cue["speaker"] | null {
  const p = toks[j - 1]!;
  if (!/['’]s$/.test(p.text) || !isCap(p)) return null;
  let s = j - 1;
  while (s > 0 && isCap(toks[s - 1]!) && !/^(?:The|A|An|This|But|And)$/.test(toks[s - 1]!.text)) s--;
  const end = p.end - 2;
  return { start: toks[s]!.start, end, text: text.slice(toks[s]!.start, end) };
}

/** "to (now) publish": an infinitive, inside the speech noun's own clause. */
function infinitive(toks: Tok[], j: number): boolean {
  let b = j - 1;
  while (b > 0 && isAdverb(toks[b]!)) b--;
  return toks[b]?.lower === "to";
}
