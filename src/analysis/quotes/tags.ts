// Tags outside the quotation's own clause: a sentence ending in an inverted tag that speaks for
// the quotations before it (`…, says the assembly government.`), and a short sentence that is
// only a tag right after a quotation ("Trump said.").

import type { TextLayer } from "../../text/tokens.ts";
import type { Article } from "../../types.ts";
import { VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { cueAfter } from "./cue-after.ts";
import { type Cue, nameRun, phraseAfter, phraseOf } from "./phrases.ts";
import { saidOfTail, setOffTail } from "./s22-nospk-switches.ts";
import type { Span } from "./spans.ts";
import { firstSpanEndingAfter, isVerbish, type Tok, tokensOf } from "./tokens.ts";

/** A sentence ending in an inverted tag (`…, says the assembly government.`): its speaker. */
export function finalTag(toks: Tok[], text: string): { cue: Cue; at: number } | null {
  let last = toks.length - 1;
  while (last >= 0 && toks[last]!.type === "p") last--;
  for (let c = last - 1; c >= 0 && last - c <= 8; c--) {
    const t = toks[c]!;
    if (t.type === "q") return null;
    if (t.text !== ",") continue;
    const v = toks[c + 1];
    if (v?.type !== "w" || !isVerbish(v) || VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(v.lower)) return null;
    const p = phraseAfter(toks, c + 2, text);
    if (!p || p.end !== toks[last]!.end) return null;
    return { cue: { speaker: p, cue: v.lower, label: false }, at: t.start };
  }
  return null;
}

/** A short sentence that is only an attribution tag ("Trump said.") right after a quotation. */
export function tagSentence(
  article: Article,
  pi: number,
  si: number,
  spans: Span[],
  layer: TextLayer,
  switches: StepSwitches,
): Cue | null {
  const { text } = layer;
  const sent = article.paragraphs[pi]?.sentences[si];
  if (!sent || sent.end - sent.start > 120) return null;
  const toks = tokensOf(
    layer,
    sent.start,
    sent.end,
    spans,
    firstSpanEndingAfter(spans, sent.start),
    switches,
  );
  if (toks.some((t) => t.type === "q")) return null;
  const fake: Tok = { text: "¶", lower: "¶", start: sent.start, end: sent.start, type: "q" };
  const cue = cueAfter([fake, ...toks], 0, text, switches) ?? nameAndVerbOnly(toks, text, switches);
  if (!cue || cue.speaker.start !== toks[0]?.start) return null;
  // Only a tag: nothing after the verb and speaker but a short adverbial ("Trump said on Monday.",
  // "she told the BBC."); "Jill said her father would be missed." reports speech of its own.
  const verb = toks.findIndex((t) => t.type === "w" && t.start >= cue.speaker.end && t.lower === cue.cue);
  if (verb < 0) return null;
  const rest = toks.slice(verb + 1).filter((t) => t.type === "w" && t.start >= cue.speaker.end);
  if (rest.length === 0 || setOffTail(toks, verb, cue, switches) || saidOfTail(cue, rest, switches))
    return cue;
  const told = /^(?:told|tells|tell)$/.test(cue.cue);
  return rest.length <= 6 &&
    (told || TAG_TAILS.has(rest[0]!.lower) || mannerAdverb(rest[0]!.lower)) &&
    !rest.some((t) => t.lower === "that")
    ? cue
    : null;
}

/** "Miller, a retired worker, said pleasantly into the phone.": a manner adverb after the verb
 *  ("only", "early", "likely" are no manner: "said only five came"). */
const mannerAdverb = (w: string) => /^\p{Ll}{3,}ly$/u.test(w) && !NOT_MANNER.test(w);
const NOT_MANNER = /^(?:only|early|nearly|likely|unlikely|family|rally|supply|apply|reply|italy|july)$/;

/** Words that open an adverbial after a closing tag ("said on Monday", "said in a statement"). */
const TAG_TAILS = new Set(
  "on in at during after before later yesterday today tonight last this earlier afterwards while when from with to".split(
    " ",
  ),
);

/** `“Did you ever …?” Mr Weingarten pressed.`: a sentence of a name (or he/she) and one verb in
 *  -ed, nothing else, right after a quotation that closed its own sentence (switch). */
function nameAndVerbOnly(toks: Tok[], text: string, switches: StepSwitches): Cue | null {
  if (!isOn("quotes", NAME_VERB_SENTENCE_SWITCH.name, switches)) return null;
  const words = toks.filter((t) => t.type === "w");
  if (words.length < 2 || words.length > 4 || toks.some((t) => t.type === "q")) return null;
  const verb = words[words.length - 1]!;
  if (!/^\p{Ll}{3,}ed$/u.test(verb.text) || /^(?:used|needed|included)$/.test(verb.text)) return null;
  const first = words[0]!;
  const k = toks.indexOf(verb);
  const person = words.length === 2 && /^(?:he|she)$/i.test(first.text);
  if (!person && !nameRun(toks, toks.indexOf(first), k)) return null;
  return { speaker: phraseOf(toks, toks.indexOf(first), k - 1, text), cue: verb.lower, label: false };
}

/** The switch of nameAndVerbOnly (listed with the session's switches in study-set-switches.ts). */
export const NAME_VERB_SENTENCE_SWITCH = {
  name: "name-verb-tag-sentence",
  doc: "`“Did you ever …?” Mr Weingarten pressed.`: a sentence of only a name and a verb in -ed after a quotation that closed its sentence is its tag",
};
