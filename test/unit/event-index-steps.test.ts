// The events' index is built as pieces of work by the warm-up: the pieces follow the work (each
// source's text read), so an event reported by thousands of articles is split too. Pieces are
// counted, never timed.

import { expect, it } from "vitest";
import { EVENT_INDEX, searchEvents } from "../../src/answers/event.ts";
import { runAll } from "../../src/answers/indexes.ts";
import type { Coverage } from "../../src/coverage.ts";
import { tokens } from "../../src/search/tokenize.ts";
import type { Article, CoverageEvent } from "../../src/types.ts";

const text = "Flood waters reached Arden on Sunday and the ferry to Holm stopped.";

/** Events with so many sources each; every source an article of its own, with its own text
 *  (`same`: all one text, as outlets printing one wire story). */
function coverageOf(sourcesPerEvent: number[], same = false): Coverage {
  const articles = new Map<string, Article>();
  const events: CoverageEvent[] = sourcesPerEvent.map((n, e) => ({
    id: `e${e}`,
    label: e === 0 ? "Flood in Arden" : `Ferry stop ${e}`,
    kind: "other",
    date: null,
    dateText: null,
    places: ["Arden"],
    actors: [],
    figures: [],
    sources: Array.from({ length: n }, (_, k) => {
      const docId = `d${k}`;
      const own = same ? text : `${text} Report ${k}.`;
      articles.set(docId, { docId, text: own } as Article);
      return {
        docId,
        passageId: `${docId}:0`,
        outlet: null,
        url: null,
        published: null,
        start: 0,
        end: own.length,
      };
    }),
  }));
  return { events, articles } as unknown as Coverage;
}

const piecesOf = (coverage: Coverage) => {
  const steps = EVENT_INDEX.steps!(coverage);
  let pieces = 1;
  while (!steps.next().done) pieces++;
  return pieces;
};

it("splits one event reported by thousands of articles into several pieces, to the index a single build gives", () => {
  const one = coverageOf([5000]);
  expect(piecesOf(one)).toBeGreaterThan(10);
  const built = runAll(EVENT_INDEX.steps!(one));
  const once = EVENT_INDEX.build(one);
  expect(built.terms).toEqual(once.terms);
  expect([built.starts, built.docs, built.tf]).toEqual([once.starts, once.docs, once.tf]);
  expect(built.norms).toEqual(once.norms);
  expect(searchEvents(one, "flood Arden").map((h) => h.event.id)).toEqual(["e0"]);
});

it("takes about as many pieces for the same sources spread over many events", () => {
  const many = piecesOf(coverageOf(Array.from({ length: 500 }, () => 10)));
  const one = piecesOf(coverageOf([5000]));
  expect(many).toBeGreaterThan(one / 2);
  expect(many).toBeLessThan(one * 3);
});

it("counts a sentence printed by thousands of outlets as often as it is cited", () => {
  const wire = coverageOf([3000], true);
  const index = runAll(EVENT_INDEX.steps!(wire));
  const n = index.terms.get(tokens("ferry")[0]!.term)!;
  expect(n).toBeDefined();
  expect([...index.tf.subarray(index.starts[n]!, index.starts[n + 1]!)]).toEqual([3000]);
  expect(searchEvents(wire, "ferry Holm").map((h) => h.event.id)).toEqual(["e0"]);
});
