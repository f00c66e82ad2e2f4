// Reference: /whosaid's and /quotes' grouping as it was before the same-quotation graph (a
// comparison with every quotation of the pool), kept to test that the graph groups the same.
// Everything else is the bot's own code: only the search for copies is replaced.

import { better, ListedInArticle, otherSpeakersTerm, sameQuotation } from "../../src/answers/quote-groups.ts";
import type { Coverage } from "../../src/coverage.ts";
import type { Quote } from "../../src/types.ts";

export { actorsOf, matchOf, speakerOf } from "../../src/answers/quote-groups.ts";

/** Groups quotations (best first) with every other outlet's copy of them from `pool`. */
export function groupQuotations(coverage: Coverage, best: Quote[], pool: readonly Quote[]): Quote[][] {
  const groups: Quote[][] = [];
  const used = new Set<Quote>();
  const listedIn = new ListedInArticle();
  for (const q of best) {
    if (used.has(q)) continue;
    if (listedIn.repeats(coverage, q)) continue;
    const group = [q];
    used.add(q);
    // One copy per other outlet: the fullest statement that is the same quotation.
    const perDoc = new Map<string, Quote>();
    for (const o of pool) {
      if (used.has(o) || o.docId === q.docId || !sameQuotation(q, o)) continue;
      if ((o.kind === "reported") !== (q.kind === "reported")) continue; // a paraphrase is no copy
      if (otherSpeakersTerm(coverage, q, o)) continue;
      const had = perDoc.get(o.docId);
      if (!had || better(o, had)) perDoc.set(o.docId, o);
    }
    for (const o of perDoc.values()) {
      group.push(o);
      used.add(o);
      listedIn.repeats(coverage, o); // (its article's repeats of it are listed with it)
    }
    groups.push(group);
  }
  return groups;
}
