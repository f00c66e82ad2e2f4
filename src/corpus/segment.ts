// Segmentation: kept lines → paragraphs → sentences, all as offsets into the original text.
// A sentence boundary is a terminal mark followed by space and a capital, unless the mark
// ends an abbreviation, an initial or a number, or sits inside an open quotation.

import type { Paragraph, Sentence } from "../types.ts";
import type { Line } from "./clean.ts";

/** Abbreviations that never end a sentence (titles, and words always followed by more). */
const NEVER_FINAL = new Set(
  [
    "mr",
    "mrs",
    "ms",
    "mx",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "cpt",
    "sgt",
    "cpl",
    "adm",
    "cmdr",
    "sen",
    "rep",
    "reps",
    "gov",
    "pres",
    "supt",
    "insp",
    "det",
    "rev",
    "fr",
    "hon",
    "amb",
    "atty",
    "st",
    "mt",
    "ft",
    "no",
    "nos",
    "vol",
    "fig",
    "art",
    "sec",
    "vs",
    "v",
    "approx",
    "est",
    "dept",
    "gov't",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "cf",
    "al",
    "ca",
  ].map((s) => s.toLowerCase()),
);

/** Abbreviations that may also end a sentence: split only if a sentence clearly starts next. */
const MAYBE_FINAL = new Set([
  "inc",
  "corp",
  "co",
  "ltd",
  "llc",
  "plc",
  "jr",
  "sr",
  "etc",
  "a.m",
  "p.m",
  "bros",
]);

/** Words that, capitalised after an ambiguous abbreviation, start a new sentence. */
const SENTENCE_STARTERS = new Set(
  (
    "the a an he she it they we i you his her its their our this that these those there here but and " +
    "so yet in on at as if when while after before since although though however meanwhile still also " +
    "what who why how where mr mrs ms dr"
  ).split(" "),
);

const CLOSERS = new Set(["”", "’", "»"]);

/** A short name then a reporting verb: "Trump said", "Mexican Foreign Secretary Ana Ruiz told". */
const ATTRIBUTION_AFTER =
  /^(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,6}(?:said|says|wrote|writes|added|adds|told|tells|asked|replied|declared|posted|tweeted|insisted|warned|explained|noted|stated)\b/u;

/** Groups kept lines into paragraphs. Blank and dropped lines separate paragraphs; within a
 *  block, a line break is a paragraph break unless the text is hard-wrapped mid-sentence. */
export function paragraphsOf(
  text: string,
  lines: Line[],
  kept: Set<number>,
  lineStart: Map<number, number>,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let cur: { start: number; end: number } | null = null;
  let prevText = "";
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!kept.has(i) || l.text.trim() === "") {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    let s = lineStart.get(i) ?? l.start;
    while (s < l.end && /\s/.test(text[s]!)) s++;
    let e = l.end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    const wrapped = cur !== null && isWrapContinuation(prevText, text.slice(l.start, l.end));
    if (cur && wrapped) cur.end = e;
    else {
      if (cur) out.push(cur);
      cur = { start: s, end: e };
    }
    prevText = text.slice(l.start, l.end);
  }
  if (cur) out.push(cur);
  return out.filter((p) => p.end > p.start);
}

/** Hard-wrapped text: the previous line stops mid-sentence and this one is not indented. */
function isWrapContinuation(prev: string, line: string): boolean {
  if (/^\s{2,}|^\t/.test(line)) return false;
  const p = prev.trimEnd();
  if (/[.!?…:]["'”’)\]]*$/.test(p)) return false;
  return p.length >= 40;
}

/** Splits [start, end) of text into sentences. */
export function sentencesOf(text: string, start: number, end: number): Sentence[] {
  const quoteOpen = quotedRegions(text, start, end);
  const out: Sentence[] = [];
  let sStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    // Absorb runs of terminal marks and closing quotes/brackets.
    let j = i + 1;
    while (j < end && /[.!?…]/.test(text[j]!)) j++;
    while (j < end && /["'”’»)\]]/.test(text[j]!)) j++;
    if (j >= end) break;
    if (!/\s/.test(text[j]!)) continue; // "3.5", "U.S.-Mexico", "example.com"
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end) break;
    const next = text[k]!;
    if (!/[\p{Lu}\p{N}"“‘'(«[]/u.test(next)) continue; // lower-case continuation
    // (inside “…”, a ’ after the stop closes an inner ‘…’, not the quotation: “He said, ‘Trust me.’ That …”)
    if (quoteOpen[i - start] && !closesDoubleQuote(text, i + 1, j)) continue;
    // “… BEWARE!” Trump said. — the attribution after a quotation belongs to its sentence.
    // (not after a quotation its own tag brought in, `Jo Marr said: "…." The Home Secretary told …`)
    if (
      closesQuote(text, i + 1, j) &&
      !taggedBefore(text, sStart, i) &&
      ATTRIBUTION_AFTER.test(text.slice(k, Math.min(end, k + 80)))
    )
      continue;
    if (ch === "." && !isSentenceFinalPeriod(text, sStart, i, k, end)) continue;
    out.push({ start: sStart, end: j });
    sStart = k;
    i = k - 1;
  }
  if (sStart < end) out.push({ start: sStart, end });
  return out;
}

/** Did the sentence from `from` open its first quotation after a tag's colon or comma ("said: “…")?
 *  (BBC copy reopens a quotation at each of its sentences, so the first mark is the one to read.) */
function taggedBefore(text: string, from: number, i: number): boolean {
  let o = from;
  while (o < i && text[o] !== '"' && text[o] !== "“") o++;
  let b = o - 1;
  while (b >= from && /\s/.test(text[b]!)) b--;
  return o < i && b >= from && (text[b] === ":" || text[b] === ",");
}

function closesQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === '"' || CLOSERS.has(text[i]!)) return true;
  return false;
}

/** Does a double closing mark stand in text[from, to)? (An open double quotation ends only on one.) */
function closesDoubleQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (text[i] === '"' || text[i] === "”" || text[i] === "»" || isApostrophePair(text, i)) return true;
  return false;
}

/** Two apostrophes ('') stand for a straight double mark in some archives' text (the NYT's). */
const isApostrophePair = (text: string, i: number): boolean => text[i] === "'" && text[i + 1] === "'";

/** Decides whether the period at `dot` ends a sentence, looking at the word it ends and
 *  at the word that follows (starting at `next`). */
function isSentenceFinalPeriod(
  text: string,
  sStart: number,
  dot: number,
  next: number,
  end: number,
): boolean {
  let w = dot;
  while (w > sStart && /[\p{L}\p{N}.'’]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).replace(/^['’]+/, "");
  const lower = word.toLowerCase();
  if (word === "") return true;
  if (/^\d+$/.test(word)) return true; // "in 2004." — a number can end a sentence
  if (NEVER_FINAL.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) {
    // An initial ("J. Smith") — unless it is a one-letter word at sentence end ("Plan B.").
    return false;
  }
  const nextWord = /^[\p{L}'’]+/u.exec(text.slice(next, Math.min(end, next + 30)))?.[0]?.toLowerCase() ?? "";
  // Dotted acronyms (U.S., U.N., a.m.) and ambiguous abbreviations end a sentence only
  // when an obvious sentence starter follows: "for the U.S. The meeting..." vs "U.S. President".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || MAYBE_FINAL.has(lower)) return SENTENCE_STARTERS.has(nextWord);
  return true;
}

/** Marks, per offset, whether it sits inside an open quotation. Unbalanced quotes (a
 *  quotation left open at paragraph end) are ignored so that they cannot swallow a paragraph. */
function quotedRegions(text: string, start: number, end: number): Uint8Array {
  const inside = new Uint8Array(end - start);
  let openAt = -1;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    const pair = isApostrophePair(text, i);
    if (openAt < 0) {
      if (ch === "“" || ((ch === '"' || pair) && isOpeningStraight(text, i, start))) openAt = i;
      if (pair) i++;
    } else if (ch === "”" || ch === '"' || pair) {
      inside.fill(1, openAt - start, i - start);
      openAt = -1;
      if (pair) i++;
    } else if (ch === "“") {
      openAt = i; // a new opener without a close: restart from here
    }
  }
  return inside;
}

function isOpeningStraight(text: string, i: number, start: number): boolean {
  const prev = i > start ? text[i - 1]! : " ";
  return /[\s([—–-]/.test(prev) || i === start;
}

export function paragraphsWithSentences(
  text: string,
  spans: Array<{ start: number; end: number }>,
): Paragraph[] {
  return spans.map((p) => ({ start: p.start, end: p.end, sentences: sentencesOf(text, p.start, p.end) }));
}
