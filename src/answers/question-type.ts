// What kind of short answer a question asks for: a count ("how many"), an amount of money ("how
// much"), a time ("when", "what year"), a person or organisation ("who") or a place ("where").
// Read from the question's opening words only: "who" inside a clause ("the man who …") asks nothing.

import { tokens } from "../search/tokenize.ts";
import { termsOf } from "./question-terms.ts";

export type AnswerKind = "count" | "money" | "when" | "who" | "where";

export interface QuestionShape {
  kind: AnswerKind;
  /** The index terms of the words naming what is counted ("how many jobs" → ["job"]), for counts. */
  focus: string[];
  /** The question without its question phrase: what the answer must be about. */
  topic: string;
  /** For "who <verb> …": the verb's term ("who directed" → "direct"); else null. */
  verb: string | null;
}

// An optional lead-in ("So,", "And", "Tell me") before the question phrase.
const LEAD = String.raw`^\s*(?:(?:so|and|but|ok|okay|tell me|do you know)[,\s]+)*`;
const SHAPES: ReadonlyArray<{ kind: AnswerKind; re: RegExp }> = [
  { kind: "count", re: new RegExp(`${LEAD}(?:how\\s+many|what\\s+number\\s+of)\\b`, "i") },
  { kind: "money", re: new RegExp(`${LEAD}(?:how\\s+much|what\\s+(?:sum|amount)\\b)`, "i") },
  {
    kind: "when",
    re: new RegExp(
      `${LEAD}(?:when|what\\s+(?:year|day|date|month|time)|(?:in|on)\\s+what\\s+(?:year|day|date|month))\\b`,
      "i",
    ),
  },
  { kind: "who", re: new RegExp(`${LEAD}(?:who|whom|whose)\\b`, "i") },
  {
    kind: "where",
    re: new RegExp(
      `${LEAD}(?:where|in\\s+(?:which|what)\\s+(?:city|country|town|place|state|region))\\b`,
      "i",
    ),
  },
];

// Words that end the counted noun phrase after "how many" (a verb or an auxiliary).
const PHRASE_END =
  /^(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|been|be)$/i;

/** The question's shape, or null when it asks for no short answer of these kinds. */
export function questionShape(question: string): QuestionShape | null {
  for (const { kind, re } of SHAPES) {
    const m = re.exec(question);
    if (!m) continue;
    const rest = question.slice(m[0].length);
    const focus = kind === "count" ? focusTerms(rest) : [];
    return { kind, focus, topic: rest.trim(), verb: kind === "who" ? verbOf(rest) : null };
  }
  return null;
}

/** The index terms of the words right after "how many", up to the first verb ("jobs is Oracle …"). */
function focusTerms(rest: string): string[] {
  const words: string[] = [];
  for (const w of rest.trim().split(/\s+/)) {
    if (PHRASE_END.test(w) || words.length >= 4) break;
    words.push(w);
  }
  return tokens(words.join(" ")).map((t) => t.term);
}

/** The verb right after "who" ("who directed …"), unless it is an auxiliary ("who is …"). */
function verbOf(rest: string): string | null {
  const first = /^\s*([A-Za-z]+)/.exec(rest)?.[1];
  if (!first || PHRASE_END.test(first)) return null;
  return termsOf(first)[0] ?? null;
}
