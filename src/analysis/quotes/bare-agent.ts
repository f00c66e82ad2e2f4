// `described as "pretty damn average" by scouts who saw them live`, `… by critics.`: a passive's
// agent that is a bare plural of people (no determiner, lower case). The phrase reader takes a
// lower-case phrase with no determiner for no subject, so the term kept no speaker (switch
// "agent-bare-plural").

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { AGENT_BARE_PLURAL_SWITCH } from "./set22-switches.ts";
import { isCap, ROLE_LIKE, type Tok } from "./tokens.ts";

/** Plurals of people the lexicons leave out. */
const PEOPLE = new Set([
  "scouts",
  "fans",
  "viewers",
  "pundits",
  "readers",
  "voters",
  "colleagues",
  "reviewers",
]);

/** A plural noun that names people ("critics", "scouts", "campaigners"). */
function peoplePlural(w: string): boolean {
  if (!w.endsWith("s")) return false;
  const one = w.slice(0, -1);
  return PEOPLE.has(w) || ANONYMOUS_HEADS.has(w) || ROLE_HEADS.has(one) || ROLE_LIKE.test(one);
}

/** The bare plural agent at toks[at] (with up to two lower-case modifiers: "record company
 *  scouts"), ending before a relative word, a preposition or punctuation; null otherwise. */
export function bareAgent(toks: Tok[], at: number, text: string, switches: StepSwitches): Phrase | null {
  if (!isOn("quotes", AGENT_BARE_PLURAL_SWITCH.name, switches)) return null;
  for (let e = at; e < toks.length && e - at < 3; e++) {
    const t = toks[e]!;
    if (t.type !== "w" || isCap(t)) return null;
    if (peoplePlural(t.lower)) {
      const next = toks[e + 1];
      const ends = next?.type !== "w" || /^(?:who|that|which|in|at|from|on|and)$/.test(next.lower);
      return ends ? phraseOf(toks, at, e, text) : null;
    }
  }
  return null;
}
