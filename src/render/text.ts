// Text helpers shared by the renderers.

import type { SourceRef } from "../types.ts";

/** Wraps the highlighted ranges of `text` with `open`/`close`, escaping the rest. */
export function emphasise(
  text: string,
  ranges: Array<[number, number]>,
  open: string,
  close: string,
  escapeText: (s: string) => string = (s) => s,
): string {
  let out = "";
  let pos = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < pos) continue;
    out += escapeText(text.slice(pos, s)) + open + escapeText(text.slice(s, e)) + close;
    pos = e;
  }
  return out + escapeText(text.slice(pos));
}

/** "NewsNation, 2025-09-03" — unknowns said plainly. */
export function outletDay(s: Pick<SourceRef, "outlet" | "published">): string {
  return `${s.outlet ?? "Unknown outlet"}, ${s.published ?? "date unknown"}`;
}

/** Flattens line breaks inside a quoted excerpt so it reads as one block. */
export function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ");
}

/** "x" or "x, y or z", each word shown by `show` (at most five, long ones cut). */
function wordList(words: readonly string[], show: (word: string) => string): string {
  const shown = words.slice(0, 5).map((w) => show(w.length > 40 ? `${w.slice(0, 39)}…` : w));
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)!}`;
}

/** " No passage uses the words “x” or “y”.": the words of an unanswered question the coverage
 *  never uses (a misspelling is the usual reason), each shown by `show`; "" when there are none. */
export function unseenNote(a: { unseenWords?: string[] }, show: (word: string) => string): string {
  const words = a.unseenWords ?? [];
  if (words.length === 0) return "";
  return ` No passage uses the word${words.length === 1 ? "" : "s"} ${wordList(words, show)}.`;
}

/** "Showing results for “…” (no passage uses “x” or “y”).": the question searched instead of the
 *  one typed, when a spelling correction found what it did not, and the words it replaced; "" otherwise. */
export function correctionNote(
  a: { correctedQuery?: string; corrections?: Array<{ from: string }> },
  show: (text: string) => string,
): string {
  if (!a.correctedQuery) return "";
  const words = (a.corrections ?? []).map((c) => c.from);
  const why = words.length > 0 ? ` (no passage uses ${wordList(words, show)})` : "";
  return `Showing results for ${show(a.correctedQuery)}${why}.`;
}

/** "+3 more sources": what a face leaves out of an event's sources (or of the page it holds). */
export function moreSources(n: number): string {
  return `+${n.toLocaleString("en-US")} more source${n === 1 ? "" : "s"}`;
}

/** "; +12 more figures" after a list a card holds the first of; "" when it holds every one. */
export function moreOf(n: number, what: string): string {
  return n > 0 ? `; +${n.toLocaleString("en-US")} more ${what}${n === 1 ? "" : "s"}` : "";
}

/** An event's first source from each of its first `max` outlets (read from the card's page, which
 *  puts each outlet's first sentence first), and how many of all its sources they leave out. */
export function outletCites(
  e: { sources: readonly SourceRef[]; sourceCount: number },
  max: number,
): { shown: SourceRef[]; more: number } {
  const seen = new Set<string>();
  const shown: SourceRef[] = [];
  for (const s of e.sources) {
    const name = s.outlet ?? "Unknown outlet";
    if (seen.has(name)) continue;
    seen.add(name);
    shown.push(s);
    if (shown.length === max) break;
  }
  return { shown, more: Math.max(0, e.sourceCount - shown.length) };
}
