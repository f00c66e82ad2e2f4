// "the Dutchman" is never the person who opens a sentence calling someone that: "Ferguson
// surprised everyone by selling the Dutchman" makes the Dutchman someone other than Ferguson,
// here and wherever else the report writes "the Dutchman" (one description, one person). Read by
// itself, a later "The affair still rankles with the Dutchman." went to whoever opened the sentence
// before ("But Ferguson insisted …"), and the he/she tag after it with it. Switch
// "coref-same-epithet" (session 19).

import type { Actor, Mention } from "../../../types.ts";
import { DEMONYM_NOUNS } from "../../lexicons/places.ts";
import { sentIndex } from "./positions.ts";

export const SAME_EPITHET_STEP = {
  name: "coref-same-epithet",
  doc: "'Vale sold the Dutchman': no 'the Dutchman' of the article is Vale",
} as const;

/** What the rule reads of an article. */
interface EpithetInput {
  text: string;
  sentences: ReadonlyArray<{ start: number; end: number }>;
  named: readonly Mention[];
  byId: ReadonlyMap<string, Actor>;
}

/** Only capitalised words (a title, "But") before a sentence's subject, not a subordinator
 *  ("When Jo Marr shook his hand, the Australian said" may be Marr). */
const SUBJECT_LEAD = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
const SUBORDINATE = /^(?:When|After|As|While|If|Although|Though|Once|Before|Since|Because|Until|Whether)\b/;

/**
 * The persons that open a sentence which goes on to name `phrase`'s nationality noun ("the
 * Dutchman", lower-case words allowed before it) after them in the same clause.
 */
function epithetSubjects(inp: EpithetInput, phrase: string): ReadonlySet<string> {
  const out = new Set<string>();
  const noun = /(\p{Lu}\p{Ll}+)$/u.exec(phrase)?.[1] ?? "";
  if (!DEMONYM_NOUNS.has(noun.toLowerCase())) return out;
  const re = new RegExp(String.raw`\bthe\s+(?:[\p{Ll}\d-]+\s+){0,2}${noun}\b`, "gu");
  for (const hit of inp.text.matchAll(re)) {
    const s = inp.sentences[sentIndex(inp.sentences, hit.index)];
    if (!s) continue;
    const first = inp.named.find(
      (m) => m.start >= s.start && m.start < hit.index && inp.byId.get(m.actorId)?.kind === "person",
    );
    const lead = first ? inp.text.slice(s.start, first.start) : "";
    if (!first || !SUBJECT_LEAD.test(lead) || SUBORDINATE.test(lead)) continue;
    // (one clause: no comma between, so no apposition "Jo Marr, the Dutchman," nor a new clause)
    if (/[,;:]/.test(inp.text.slice(first.end, hit.index))) continue;
    out.add(first.actorId);
  }
  return out;
}

/** `ok` narrowed, with the switch `on`, to no person opening a sentence that names the description
 *  at [at, end) as someone else. */
export function epithetOk(
  inp: EpithetInput,
  on: boolean,
  e: { at: number; end: number },
  ok: (id: string) => boolean,
): (id: string) => boolean {
  const not = on ? epithetSubjects(inp, inp.text.slice(e.at, e.end)) : null;
  return not?.size ? (id) => ok(id) && !not.has(id) : ok;
}
