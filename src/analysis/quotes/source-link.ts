// Session 39 (issue #13): "A source close to Cruz said", "a person familiar with the talks said".
// Read back from the verb, the subject phrase stopped at the link and kept its object ("Cruz",
// "the talks"): the quotation went to the very person the anonymous source is close to. The
// speaker is the whole anonymous source, link and object included.

import { CARDINALS } from "../lexicons/numbers.ts";
import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { DETERMINERS, isCap, type Tok } from "./tokens.ts";

/** The words that tie an anonymous source to whom it knows: "close to", "familiar with", "briefed on". */
const LINKS: ReadonlyMap<string, string> = new Map([
  ["close", "to"],
  ["familiar", "with"],
  ["briefed", "on"],
  ["knowledge", "of"], // "a person with knowledge of the matter"
]);

/** "close" before "to", "familiar" before "with": a link word and its preposition. */
export const linkWord = (w: string | undefined, prep: string | undefined): boolean =>
  w !== undefined && w !== "knowledge" && LINKS.get(w) === prep;

/** The anonymous source whose link's object the phrase toks[k..] starts at: its first token, else -1. */
function anonymousSourceBefore(toks: readonly Tok[], k: number): number {
  const [link, prep] = [toks[k - 2], toks[k - 1]];
  if (link?.type !== "w" || prep?.type !== "w" || LINKS.get(link.lower) !== prep.lower) return -1;
  // "a person with knowledge of": "with" before the link noun
  const h = link.lower === "knowledge" ? k - 4 : k - 3;
  if (link.lower === "knowledge" && toks[k - 3]?.lower !== "with") return -1;
  const head = toks[h];
  if (head?.type !== "w" || !ANONYMOUS_HEADS.has(head.lower)) return -1;
  // back over lower-case modifiers ("a senior administration official") to the determiner
  let s = h;
  while (s > 0 && h - s < 4 && toks[s - 1]!.type === "w" && !isCap(toks[s - 1]!) && !opens(toks[s - 1]!)) s--;
  if (s > 0 && opens(toks[s - 1]!)) return s - 1;
  // "Sources close to the minister said": a plural head opening the sentence needs none
  return s === h && (h === 0 || toks[h - 1]!.type !== "w") && /s$/.test(head.lower) ? h : -1;
}

const opens = (t: Tok): boolean =>
  t.type === "w" && (DETERMINERS.has(t.lower) || t.lower in CARDINALS || /^\d+$/.test(t.text));

/** The text right before a link's object: a cheap test before the token walk. */
const LINKED = /\b(?:close to|familiar with|briefed on|knowledge of)\s+$/;

type Span = { start: number; end: number; text: string };

/** The subject phrase `p` read back from a verb, or the anonymous source whose link's object it is. */
export function withAnonymousSource(toks: readonly Tok[], p: Span, text: string): Span {
  if (!LINKED.test(text.slice(Math.max(0, p.start - 16), p.start))) return p;
  const s = anonymousSourceBefore(
    toks,
    toks.findIndex((t) => t.start === p.start),
  );
  return s < 0 ? p : { start: toks[s]!.start, end: p.end, text: text.slice(toks[s]!.start, p.end) };
}
