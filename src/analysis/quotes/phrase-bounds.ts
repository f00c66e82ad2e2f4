// Where a phrase read around a verb of saying starts and stops (session 35): the opening words it
// is read past ("As", "But"), told apart from an acronym written the same ("AS offers one
// viewpoint:"); the end of a "from … to" range, no subject; "of" inside a body's name, no break.

import { TAIL_BREAKERS, TIME_DETERMINERS, TIME_NOUNS } from "../lexicons/clauses.ts";
import { FRONT_WORDS, isCap, type Tok } from "./tokens.ts";

/** An opening word ("As", "But", "So") — not one written in capitals among lower-case words, an
 *  acronym ("AS offers one viewpoint:", the Spanish paper, session 35). */
export function frontWord(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (!FRONT_WORDS.has(t.lower)) return false;
  const caps = (u: Tok | undefined) => !!u && u.type === "w" && /^\p{Lu}{2,}$/u.test(u.text);
  return !caps(t) || caps(toks[k - 1]) || caps(toks[k + 1]);
}

/** "“every independent expert” from the IMF to the IFS had suggested": the end of a "from … to"
 *  range modifies the head before it; it is no subject (session 35). */
export const rangeEnd = (toks: Tok[], s: number): boolean =>
  toks[s - 1]?.lower === "to" && toks.slice(Math.max(0, s - 12), s - 1).some((t) => t.lower === "from");

/** "The European Court of Justice ruled": "of" between two capitalised words is inside a body's
 *  name, no clause break (session 35; "for" is the modified-organisation-name rule's). */
export const nameLink = (toks: Tok[], e: number, before: number): boolean =>
  /^of$/.test(toks[e]!.lower) && e + 1 < before && isCap(toks[e - 1]!) && isCap(toks[e + 1]!);

/** "Shivering in …", "Wearing a …": a capitalised -ing word before a preposition or determiner. */
export const openingParticiple = (toks: Tok[], i: number) =>
  isCap(toks[i]!) &&
  /ing$/.test(toks[i]!.lower) &&
  /^(?:in|on|at|with|from|after|before|during|alongside|beside|behind|around|amid|under|over|through|into|outside|inside|for|the|a|an|his|her|their)$/.test(
    toks[i + 1]?.lower ?? "",
  );

export const OPENING_PREPOSITION =
  /^(?:in|on|at|after|before|during|speaking|asked|earlier|later|last|following)$/;
export const BARE_TIME = /^(?:earlier|later|meanwhile|separately|elsewhere)$/; // "Earlier Tory leader Ann Lee sent …"

/** "said Brennan ahead of the derby", "said Kerr last week": a preposition or a date after the
 *  speaker's words ends them (only after a word, so "said the following" keeps its own). */
export const tailBreak = (toks: Tok[], k: number): boolean =>
  TAIL_BREAKERS.has(toks[k]!.lower) ||
  (TIME_DETERMINERS.has(toks[k]!.lower) && TIME_NOUNS.has(toks[k + 1]?.lower ?? ""));

/** `said the base chief known as Bob`: where a phrase read after a verb stops at "known (only)
 *  as", the name after it, as the same tag before its verb gives ("… known as Bob said"); else
 *  null (session 40). */
export function knownAsName(
  toks: readonly Tok[],
  k: number,
  text: string,
): { start: number; end: number; text: string } | null {
  const a = toks[k]?.lower === "only" ? k + 1 : k;
  if (toks[a]?.lower !== "as" || !/^(?:known|named)$/.test(toks[k - 1]?.lower ?? "")) return null;
  let s = a + 1;
  if (toks[s]?.lower === "only") s++;
  let e = s;
  while (e < toks.length && e - s < 4 && toks[e]!.type === "w" && isCap(toks[e]!)) e++;
  if (e === s) return null;
  return { start: toks[s]!.start, end: toks[e - 1]!.end, text: text.slice(toks[s]!.start, toks[e - 1]!.end) };
}
