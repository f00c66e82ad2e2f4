// Sources readers find that the tag rules missed (session 24b, issue #13): an inverted tag right
// after a quoted term with no comma between (`2019 was a "lost year" said Ann Roe, head of …`).

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseAfter, phraseOf } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

const UNPUNCTUATED_INVERTED_TAG_SWITCH = {
  name: "tag-inverted-unpunctuated",
  doc: '`was a "lost year" said Ann Roe, head of …`: a verb of saying that is never a noun, then its speaker closing the clause, tags a term with no comma before it',
};

/** Verbs of saying that no reader takes for a noun after a quoted term ("claims", "notes" are). */
const NEVER_NOUN_SAYING =
  /^(?:said|say|says|added|adds|insisted|insists|explained|explains|admitted|admits|argued|argues|warned|warns|stressed|stresses|declared|conceded|concedes|remarked|commented|observed|continued|wrote|writes)$/;

/** Words that make the run after the verb a clause of its own, not a speaker ("said Labour was"). */
const CLAUSE_WORDS =
  /^(?:is|was|were|are|be|been|has|had|have|will|would|could|should|can|may|might|must|did|does|do|that|which|who|whom|he|she|they|it|we|i|you|there|this|to|not|if|when|because)$/;

/** Determiners or titles a speaker after an inverted verb may open on. */
const SPEAKER_OPENERS = /^(?:the|a|an|one|its|his|her|their|our)$/;

/** Does `"term" said X` hold an inverted tag though no comma sets the quotation off: toks[k] a
 *  verb of saying that is never a noun, and the words after it up to the next comma or stop (at
 *  most ten) a name or a description, no clause of their own? */
export function noComma({ toks, k, switches }: { toks: Tok[]; k: number; switches: StepSwitches }): boolean {
  if (!isOn("quotes", UNPUNCTUATED_INVERTED_TAG_SWITCH.name, switches)) return false;
  const verb = toks[k];
  if (verb?.type !== "w" || isCap(verb) || !NEVER_NOUN_SAYING.test(verb.lower)) return false;
  const first = toks[k + 1];
  // (session 33: "… say officials", "… say those behind the talks": a group named in lower case)
  if (first?.type !== "w" || !(isCap(first) || SPEAKER_OPENERS.test(first.lower) || lowerGroup(first)))
    return false;
  let j = k + 1;
  for (; j < toks.length && toks[j]!.type === "w" && j - k <= 10; j++)
    if (!isCap(toks[j]!) && CLAUSE_WORDS.test(toks[j]!.lower)) return false;
  const end = toks[j];
  return !end || (end.type === "p" && /^[.,;!?]$/.test(end.text));
}

const ACCORDING_NO_COMMA_SWITCH = {
  name: "according-to-no-comma",
  doc: '`According to the Lyle report the trend marked girls out as "…"`: with no comma after it, the source ends where the clause\'s own subject opens (a determiner or pronoun not after a link word)',
};

/** Words opening a new noun phrase or a clause's subject pronoun. */
const NEW_PHRASE = /^(?:the|a|an|this|these|those|its|his|her|their|he|she|it|they|we|i)$/;

/** Words after which a determiner stays inside the source ("a spokesman for the club"). */
const LINKED = /^(?:of|for|at|from|by|in|on|with|to|and|or|&|between|among)$/;

/** The source after "according to" at toks[at], cut before a second noun phrase the phrase reader
 *  ran on into: `According to Tom Hale the trend is "…"` is Tom Hale's, not "Tom Hale the trend". */
export function accordingSourceAt(
  toks: Tok[],
  at: number,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  const p = phraseAfter(toks, at, text);
  if (!p || !isOn("quotes", ACCORDING_NO_COMMA_SWITCH.name, switches)) return p;
  for (let m = at + 1; m < toks.length && toks[m]!.end <= p.end; m++) {
    const t = toks[m]!;
    const before = toks[m - 1]!;
    if (t.type !== "w" || isCap(t) || !NEW_PHRASE.test(t.lower)) continue;
    if (before.type !== "w" || LINKED.test(before.lower) || /['’]s?$/.test(before.text)) continue;
    return phraseOf(toks, at, m - 1, text);
  }
  return p;
}

/** This module's switches, for the ablation. */
export const S24B_SOURCES_SWITCHES = [UNPUNCTUATED_INVERTED_TAG_SWITCH, ACCORDING_NO_COMMA_SWITCH];

/** `"…" say officials.`, `"…" say those behind the talks.`: a group in lower case after an
 *  inverted verb of saying, up to the sentence's end (six words at most), else null. */
export function groupAfterVerb(toks: Tok[], at: number, text: string): Phrase | null {
  const first = toks[at];
  if (first?.type !== "w" || isCap(first) || !lowerGroup(first)) return null;
  let e = at;
  while (e + 1 < toks.length && toks[e + 1]!.type === "w" && e - at < 5) e++;
  const end = toks[e + 1];
  if (end && !(end.type === "p" && /^[.!?]$/.test(end.text))) return null;
  // (not phraseOf: "those" is a front word it would drop)
  const [a, z] = [toks[at]!.start, toks[e]!.end];
  return { start: a, end: z, text: text.slice(a, z) };
}

/** A group's first word in lower case: an anonymous source's plural ("officials") or "those". */
const lowerGroup = (t: Tok): boolean => ANONYMOUS_HEADS.has(t.lower) || t.lower === "those";
