// Sorts day-resolution errors into classes a rule-writer can act on: a missed expression, one found
// but not resolved to a day, the wrong year, a weekday placed in the wrong week, a relative
// expression misread, and days predicted where the annotators marked no time.

import { type ErrorClass, errorTally } from "./error-classes.ts";
import { isDayValue, type TimexSpan } from "./timeml-read.ts";
import type { DocPrediction, PredictedTime } from "./timeml-score.ts";

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const RELATIVE =
  /\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|earlier|later|previous|following)\b/i;
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

function classOf(gold: TimexSpan, over: PredictedTime[]): string {
  if (!over.length) return "missed expression";
  const p = over.find((x) => x.day) ?? over[0]!;
  if (!p.day) return "found, not resolved to a day";
  if (p.day.slice(5) === gold.value.slice(5)) return "wrong year";
  const diff = dayNumber(p.day) - dayNumber(gold.value);
  if (WEEKDAY.test(gold.text) && diff % 7 === 0) return "weekday in the wrong week";
  if (RELATIVE.test(gold.text)) return "relative expression misread";
  if (Math.abs(diff) === 1) return "off by one day";
  return "wrong day, other";
}

function context(text: string, start: number, end: number): string {
  return `…${text.slice(Math.max(0, start - 50), end + 30).replace(/\s+/g, " ")}…`;
}

export function classifyTimeErrors(preds: readonly DocPrediction[], maxExamples = 4): ErrorClass[] {
  const tally = errorTally();
  const add = tally.add;
  for (const { doc, times } of preds) {
    for (const g of doc.timexes.filter((t) => isDayValue(t.value))) {
      const over = times.filter((p) => p.start < g.end && g.start < p.end);
      if (over.some((p) => p.day === g.value)) continue;
      const got = over.map((p) => `«${p.text}»→${p.day ?? "no day"}`).join(", ");
      add(
        classOf(g, over),
        `${doc.docId} (DCT ${doc.dct}) gold «${g.text}»=${g.value}${got ? ` got ${got}` : ""}  ${context(doc.text, g.start, g.end)}`,
      );
    }
    for (const p of times) {
      if (!p.day || doc.timexes.some((g) => p.start < g.end && g.start < p.end)) continue;
      add(
        "predicted day, no gold TIMEX3 there",
        `${doc.docId} «${p.text}»→${p.day}  ${context(doc.text, p.start, p.end)}`,
      );
    }
  }
  return tally.table(maxExamples);
}
