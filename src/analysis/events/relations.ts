// "took place just one day after the U.S. military killed 11…": the day of one event from another
// in the same sentence.

import type { Mention, Relation } from "./types.ts";

const NUMBER: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
export const RELATION_RE =
  /\b(?:(?:just|only|barely|some)\s+)?(?:(a|one|two|three|four|five|six|seven|\d{1,2})\s+days?|the\s+day|(?:a\s+few\s+|several\s+|\d+\s+)?hours?)\s+(after|before)\b/gi;

/** "took place just one day after the U.S. military killed 11…": the day of one event from another. */
export function relationsIn(sentence: string, here: Mention[]): Relation[] {
  if (here.length < 2) return [];
  const out: Relation[] = [];
  // ", which resulted in a cooperative agreement between the two countries," is an aside.
  const asides = [...sentence.matchAll(/,\s*(?:which|who|whom|where)\b[^,]*,/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const m of sentence.matchAll(RELATION_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const n = m[1] ? (NUMBER[m[1].toLowerCase()] ?? Number(m[1])) : /hour/i.test(m[0]) ? 0 : 1;
    const left = here
      .filter(
        (x) => x.main.end <= start && !asides.some((a) => x.main.start >= a.start && x.main.end <= a.end),
      )
      .sort((a, b) => b.main.end - a.main.end)[0];
    const right = here
      .filter((x) => x !== left && x.triggers.some((t) => t.start >= end && t.start - end <= 120))
      .sort(
        (a, b) => Math.min(...a.triggers.map((t) => t.start)) - Math.min(...b.triggers.map((t) => t.start)),
      )[0];
    if (!left || !right || left.kind === right.kind) continue;
    // "A after B by n days": B = A − n.
    out.push({ left, right, days: m[2]!.toLowerCase() === "after" ? -n : n, text: m[0] });
  }
  return out;
}
