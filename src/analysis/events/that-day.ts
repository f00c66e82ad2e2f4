// "Earlier that day, the family sent a fax to the police": a day named only by the one before it.
// An undated event whose sentence says "that day" (or "the same day", "that morning") takes the
// day of the dated event told just before it in the article.

import { THAT_DAY } from "./clause-events.ts";
import { CONTEXT_WINDOW } from "./context-dates.ts";
import type { DocCluster } from "./types.ts";

export function datesFromThatDay(clusters: DocCluster[]): void {
  for (const c of clusters) {
    if (c.date) continue;
    const m = c.mentions.find((x) => THAT_DAY.test(x.sentence));
    if (!m) continue;
    let from: { c: DocCluster; index: number } | null = null;
    for (const d of clusters) {
      if (!d.date || d === c) continue;
      for (const x of d.mentions)
        if (x.index < m.index && m.index - x.index <= CONTEXT_WINDOW && (!from || x.index > from.index))
          from = { c: d, index: x.index };
    }
    if (!from) continue;
    c.date = from.c.date;
    c.dateText = THAT_DAY.exec(m.sentence)![0];
    c.basis = "context";
    c.dateFrom = from.c.mentions.find((x) => x.index === from.index)!;
  }
}
