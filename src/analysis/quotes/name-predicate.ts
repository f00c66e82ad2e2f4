// `Richard Roe "totally condemned" the plan`: a quotation that is the predicate of the name right
// before it (a verb in -ed or -s, after an adverb or not) is that name's words, though no verb of
// saying is there; so too after an anonymous source (`A club spokesman "strongly denied" it`).

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { S_WORDS_NO_VERB } from "../lexicons/verbs.ts";
import type { Cue } from "./phrases.ts";
import { PASSIVE_AUX, type Tok } from "./tokens.ts";

/** The name opening the sentence or a clause, ending right before the quotation. */
const NAME_BEFORE = /(?:^|,\s+)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*$/u;
/** "totally condemned", "deeply regrets", "remains": a verb opening the quotation. */
const VERB_OPENING = /^(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|s)\b/u;
/** "A Tory spokesman", "the club's spokeswoman": a determiner, up to three words and a source noun. */
const SOURCE_BEFORE = /(?:^|,\s+)((?:[Aa]n?|[Tt]he)\s+(?:[\p{L}'’-]+\s+){0,3}(\p{Ll}+))\s*$/u;
const NOT_SUBJECT = /^(?:The|A|An|This|That|These|Those|His|Her|Its|Their|But|And|In|On|At|As|If|When)$/;

/** The cue of the quotation toks[j] when it is the predicate of the name before it, else null. */
export function namePredicate(toks: Tok[], j: number, text: string): Cue | null {
  const q = toks[j]!;
  if (!VERB_OPENING.test(text.slice(q.start, q.end).replace(/^["“\s]+/u, ""))) return null;
  const from = toks[0]?.start ?? 0;
  const before = text.slice(from, q.start).replace(/["“]\s*$/u, "");
  const named = NAME_BEFORE.exec(before);
  // `A Tory spokesman "totally refuted" any wrongdoing`: an anonymous source, as a name.
  const source = named ? null : SOURCE_BEFORE.exec(before);
  const m = source && ANONYMOUS_HEADS.has(source[2]!) ? source : named;
  if (!m || (m === named && NOT_SUBJECT.test(m[1]!.split(/\s+/)[0]!))) return null;
  // `It's "this new journalism"`: no verb ("this") and no subject ("It's": "it is"), session 39
  const first = /^\p{L}+/u.exec(text.slice(q.start, q.end).replace(/^["“\s]+/u, ""))?.[0].toLowerCase() ?? "";
  if (S_WORDS_NO_VERB.has(first) || PASSIVE_AUX.has(first) || first === "has" || /['’]s$/.test(m[1]!))
    return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { speaker: { start, end: start + m[1]!.length, text: m[1]! }, cue: "predicate", label: false };
}

/** `," the Delta subsidiary said`: a tag after the quotation whose speaker is a description. */
const DESCRIPTION_TAG =
  /^[,.!?]?["”]?\s*,?\s*(?:the|its)\s+[\p{L}\s'’-]{0,40}?\s(?:said|says|added|adds|stated)\b/u;

/**
 * `Comair "deeply regrets …," the Delta subsidiary said`: the name whose predicate the quotation
 * is, over a description in the tag after it (the description is that name, told again).
 */
export function namePredicateOverDescription(toks: Tok[], j: number, text: string): Cue | null {
  const q = toks[j]!;
  return DESCRIPTION_TAG.test(text.slice(q.end, q.end + 60)) ? namePredicate(toks, j, text) : null;
}
