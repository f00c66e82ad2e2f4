// "one day after <another event>": a cluster without a day takes it from the related one.

import { addDays } from "./profile.ts";
import type { DocCluster, Mention, Relation } from "./types.ts";

export function datesFromRelations(
  relations: Relation[],
  clusterOf: (m: Mention) => DocCluster | undefined,
): void {
  for (let pass = 0; pass < 3; pass++) {
    for (const r of relations) {
      const l = clusterOf(r.left);
      const rt = clusterOf(r.right);
      if (!l || !rt || l === rt) continue;
      if (l.date && !rt.date) {
        rt.date = addDays(l.date, r.days);
        rt.dateText = `${r.text} ${l.mentions[0]!.label}`.slice(0, 120);
        rt.basis = "relative";
        rt.dateFrom = r.right;
      } else if (rt.date && !l.date) {
        l.date = addDays(rt.date, -r.days);
        l.dateText = r.text;
        l.basis = "relative";
        l.dateFrom = r.left;
      }
    }
  }
}
