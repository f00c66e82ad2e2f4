// Reported speech after a long subject: "Matt Bennett, a founder of the think tank Third Way,
// said …", "But Helen Ferre, who took over as head of communications, said …". The name opens
// the sentence and a long apposition or relative clause stands between it and the verb; the
// shared rules stop inside the apposition (a verb-like word such as "think tank", or a capital
// read as a tag's speaker: "…, said Mrs. Clinton had …").

import { PARTICLES_IN_SPEAKER_NAMES } from "../lexicons/person-names.ts";
import { TITLE_WORDS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { AUXILIARY } from "./reported-clause.ts";
import { isCap, type Tok } from "./tokens.ts";

export const LONG_SUBJECT_SWITCHES: readonly { name: string; doc: string }[] = [
  {
    name: "reported-long-subject",
    doc: '"Matt Bennett, a founder of the think tank Third Way, said …": the name opening the sentence, past a long apposition',
  },
  {
    name: "reported-inverted-tag-end",
    doc: '"…, said Mrs. Clinton had avoided …": no inverted tag whose "speaker" goes on as a clause',
  },
];

/** Words before the name that open the sentence without being its subject. */
const OPENERS = /^(?:But|And|Yet|So|Still|Meanwhile|Now|Also)$/;
/** Words that open an apposition or relative clause after "<Name>,". */
const APPOSITION_OPENERS = new Set(
  "a an the one another who whose which his her their its whom now then also himself herself".split(" "),
);

/** The end (exclusive) of a run of capitalised words, titles and name particles from toks[s]. */
function nameEnd(toks: Tok[], s: number): number {
  let e = s;
  while (
    e < toks.length &&
    e - s < 7 &&
    toks[e]!.type === "w" &&
    (isCap(toks[e]!) ||
      (e > s && (PARTICLES_IN_SPEAKER_NAMES.has(toks[e]!.lower) || TITLE_WORDS.has(toks[e]!.lower))))
  )
    e++;
  return e;
}

/** Does toks[a…b) read as an apposition (or relative clause), not a clause of its own? */
function appositionBetween(toks: Tok[], a: number, b: number): boolean {
  const first = toks[a];
  if (first?.type !== "w" || b - a > 40 || b - a < 2) return false;
  const opens =
    APPOSITION_OPENERS.has(first.lower) ||
    /^\d/.test(first.text) ||
    // "acting political director of CREDO Action": a lowercase role, not a verb.
    (!isCap(first) && !AUXILIARY.test(first.lower) && !/ed$/.test(first.lower));
  if (!opens) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.type === "q") return false;
    if (t.type === "p" && !/^[,()—–-]$/.test(t.text)) return false;
  }
  return true;
}

/**
 * The name opening the sentence when the verb toks[j] follows "<Name>, <apposition>," — the
 * comma before the verb at j - 1.
 */
export function longSubject(toks: Tok[], j: number, text: string, switches: StepSwitches): Phrase | null {
  if (toks[j - 1]?.text !== "," || !isOn("quotes", "reported-long-subject", switches)) return null;
  const s = OPENERS.test(toks[0]?.text ?? "") ? (toks[1]?.text === "," ? 2 : 1) : 0;
  const e = nameEnd(toks, s);
  if (e === s || toks[e]?.text !== "," || e >= j - 1 || !isCap(toks[e - 1]!)) return null;
  if (TITLE_WORDS.has(toks[s]!.lower) && e - s === 1) return null;
  return appositionBetween(toks, e + 1, j - 1) ? phraseOf(toks, s, e - 1, text) : null;
}

/**
 * "…, said Smith (in a statement)." ends with the speaker; "…, said Mrs. Clinton had avoided …"
 * goes on as a clause (an auxiliary before the next comma), so the phrase after the verb is the
 * clause's subject, not a tag's speaker.
 */
export function invertedTagEnds(toks: Tok[], j: number, switches: StepSwitches): boolean {
  if (!isOn("quotes", "reported-inverted-tag-end", switches)) return true;
  for (let k = j + 1; k < toks.length && toks[k]!.text !== ","; k++)
    if (toks[k]!.type === "w" && AUXILIARY.test(toks[k]!.lower)) return false;
  return true;
}
